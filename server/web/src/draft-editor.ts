/// <reference lib="dom" />
/**
 * The draft editor: CodeMirror 6 (bundled by vite, nothing loaded from outside) with line numbers,
 * YAML highlighting and the service's diagnostics shown inline — underlined from their line:col to
 * the end of that line, marked in the gutter, the message (in the page's language, as the service
 * sent it) on hover. It stands behind the small interface the comparison view used for its
 * textarea: `value` to read and set, `focus`, change events (typing only, not a `value =`), and
 * `goToLine`. The host element keeps the textarea's `value` and `selectionStart`, read-only, so
 * scripts and tests read it the way they read the textarea.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { Annotation, Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import type { Lang } from './i18n.ts';

/** One finding of the service in the edited file: 1-based line and column, message already localized. */
export interface DraftMark {
  line: number;
  col: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface DraftEditor {
  value: string;
  focus(): void;
  /** Called after each edit by the user (not after `value =`). */
  onChange(listener: () => void): void;
  /** Replaces the inline marks (an empty list clears them). */
  showDiagnostics(marks: readonly DraftMark[]): void;
  /** Puts the caret on a line (1-based) from its column to its end and scrolls it into view. */
  goToLine(line: number, col: number): void;
  /** The editor's own few words (the diagnostics panel) in the page's language. */
  setLang(lang: Lang): void;
}

export interface DraftEditorOptions {
  /** Ids of the elements that label and describe the editor, as the textarea had them. */
  labelledBy: string;
  describedBy: string;
  lang: Lang;
}

/** CodeMirror's own phrases that this editor can show (the lint panel, Ctrl-Shift-M). */
const PHRASES_ZH: Record<string, string> = {
  Diagnostics: '诊断',
  'No diagnostics': '没有诊断',
  close: '关闭',
  'Control character': '控制字符',
  'Selection deleted': '已删除所选内容',
};

/**
 * The nonce the server gave this answer (vite's `<meta property="csp-nonce">`, see
 * server/routes/web.ts): CodeMirror's injected styles carry it, or the page's CSP would drop them.
 */
const cspNonce = (): string => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';

/** A `value =` from the page, not the user's typing. */
const fromPage = Annotation.define<boolean>();

const phrasesFor = (lang: Lang): Extension => (lang === 'zh' ? EditorState.phrases.of(PHRASES_ZH) : []);

/** Position of 1-based line:col in the document, clamped to it. */
function positionOf(state: EditorState, line: number, col: number): { from: number; to: number } {
  const l = state.doc.line(Math.min(Math.max(1, line), state.doc.lines));
  const from = Math.min(l.from + Math.max(0, col - 1), l.to);
  return { from, to: l.to };
}

export function createDraftEditor(host: HTMLElement, options: DraftEditorOptions): DraftEditor {
  const listeners: (() => void)[] = [];
  const phrases = new Compartment();
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: '',
      extensions: [
        EditorView.cspNonce.of(cspNonce()),
        lineNumbers(),
        highlightActiveLineGutter(),
        lintGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        indentUnit.of('  '),
        EditorState.tabSize.of(2),
        yaml(),
        syntaxHighlighting(classHighlighter),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        phrases.of(phrasesFor(options.lang)),
        EditorView.contentAttributes.of({
          'aria-labelledby': options.labelledBy,
          'aria-describedby': options.describedBy,
          'aria-multiline': 'true',
          spellcheck: 'false',
          autocapitalize: 'off',
          autocorrect: 'off',
        }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !u.transactions.some((tr) => tr.annotation(fromPage))) {
            for (const fn of listeners) fn();
          }
        }),
      ],
    }),
  });

  document.getElementById(options.labelledBy)?.addEventListener('click', () => view.focus());
  Object.defineProperties(host, {
    value: { configurable: true, get: () => view.state.doc.toString() },
    selectionStart: { configurable: true, get: () => view.state.selection.main.from },
  });

  return {
    get value() {
      return view.state.doc.toString();
    },
    set value(text: string) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: text },
        selection: { anchor: 0 },
        annotations: fromPage.of(true),
        scrollIntoView: true,
      });
      view.dispatch(setDiagnostics(view.state, []));
    },
    focus: () => view.focus(),
    onChange: (fn) => {
      listeners.push(fn);
    },
    showDiagnostics(marks) {
      const diagnostics: Diagnostic[] = marks.map((m) => {
        const { from, to } = positionOf(view.state, m.line, m.col);
        return { from, to, severity: m.severity, source: m.code, message: m.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    goToLine(line, col) {
      const { from, to } = positionOf(view.state, line, col);
      view.dispatch({
        selection: { anchor: from, head: Math.max(from, to) },
        effects: EditorView.scrollIntoView(from, { y: 'center' }),
      });
      view.focus();
    },
    setLang(lang) {
      view.dispatch({ effects: phrases.reconfigure(phrasesFor(lang)) });
    },
  };
}
