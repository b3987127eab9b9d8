/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The law-beside-the-rules tab (issue 14): a rule-set version's source document clause by clause,
 * from `GET /v1/rulesets/{id}/{version}/law` — the policy officer's way to review that the YAML says
 * what the text says. An office and version picker (the rule sets the page already listed), a filter
 * for the clauses no rule cites, and in-page links from readings to clauses. Loaded when the tab is
 * first shown; a language switch asks again in the new language (cites, kinds and setting names are
 * the service's words), answers kept per version and language.
 */
import type { LawView } from '../../../engine/explain/law-types.ts';
import { failureText, getJson } from './api.ts';
import { announce, byId, fill, h } from './dom.ts';
import { currentLang, t } from './i18n.ts';
import { lawDoc } from './law-doc.ts';
import type { RulesetsInfo } from './types.ts';

export function initLawView(info: RulesetsInfo): { relabel(): void } {
  const view = byId('view-law');
  const officeSel = byId<HTMLSelectElement>('law-office');
  const versionSel = byId<HTMLSelectElement>('law-version');
  const uncitedOnly = byId<HTMLInputElement>('law-uncited-only');
  const status = byId('law-status');
  const error = byId('law-error');
  const body = byId('law-body');
  const answers = new Map<string, LawView>();
  let started = false;
  let seq = 0;

  const office = () => info.rulesets.find((r) => r.id === officeSel.value) ?? info.rulesets[0];

  function offices(): void {
    const keep = officeSel.value;
    const en = currentLang() === 'en';
    officeSel.replaceChildren(
      ...info.rulesets.map((r) => {
        const title = r.versions[r.versions.length - 1]?.title;
        return h('option', { value: r.id }, en || !title ? r.id : title);
      }),
    );
    officeSel.value = keep || (info.rulesets.find((r) => r.id === info.defaultRuleset) ?? info.rulesets[0])?.id || '';
  }

  function versions(keep = versionSel.value): void {
    const o = office();
    const own = o?.versions ?? [];
    versionSel.replaceChildren(
      ...own.map((v) => h('option', { value: v.version }, `${v.version}${v.state === 'in-force' ? ' ✓' : ''}`)),
    );
    const pick = own.some((v) => v.version === keep) ? keep : (o?.active ?? own[own.length - 1]?.version ?? '');
    versionSel.value = pick;
  }

  function showError(text: string | null): void {
    error.textContent = text ?? '';
    error.hidden = text === null;
  }

  /** Shows only the uncited clauses when asked, and says how many are shown. */
  function applyFilter(): void {
    const items = [...body.querySelectorAll<HTMLElement>('li.law-clause')];
    const only = uncitedOnly.checked;
    let n = 0;
    for (const li of items) {
      li.hidden = only && li.dataset.uncited !== 'true';
      if (!li.hidden) n++;
    }
    const shown = body.querySelector<HTMLElement>('#law-shown');
    if (shown) announce(shown, t('lawShown', { n, total: items.length }));
    const none = body.querySelector<HTMLElement>('#law-none-uncited');
    if (none) none.hidden = !(only && n === 0);
  }

  /** Asks for (or reuses) the chosen version's answer in the page's language and lays it out. */
  async function load(): Promise<void> {
    started = true;
    const id = officeSel.value;
    const version = versionSel.value;
    if (!id || !version) return;
    const key = `${id}/${version}/${currentLang()}`;
    const mine = ++seq;
    showError(null);
    let law = answers.get(key);
    if (!law) {
      announce(status, t('lawLoading'));
      body.replaceChildren();
      delete body.dataset.loaded;
      try {
        law = await getJson<LawView>(`/v1/rulesets/${encodeURIComponent(id)}/${encodeURIComponent(version)}/law`);
      } catch (e) {
        if (mine !== seq) return;
        announce(status, '');
        showError(`${t('errorPrefix')}${failureText(e)}`);
        return;
      }
      answers.set(key, law);
    }
    if (mine !== seq) return;
    announce(status, '');
    fill(body, ...lawDoc(law));
    body.dataset.loaded = key;
    applyFilter();
  }

  /** In-page links (reading → clause, clause → reading): scroll to the target and focus it. */
  body.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#law-"]');
    if (!a) return;
    const target = document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)));
    if (!target) return;
    e.preventDefault();
    if (target.hidden) {
      uncitedOnly.checked = false;
      applyFilter();
    }
    for (const el of body.querySelectorAll('.law-target')) el.classList.remove('law-target');
    target.classList.add('law-target');
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  });

  officeSel.addEventListener('change', () => {
    versions('');
    void load();
  });
  versionSel.addEventListener('change', () => void load());
  uncitedOnly.addEventListener('change', applyFilter);

  offices();
  versions();
  // Loaded the first time the tab is shown (however it is selected: click, keys, address).
  const maybeStart = () => {
    if (!started && !view.hidden) void load();
  };
  new MutationObserver(maybeStart).observe(view, { attributes: true, attributeFilter: ['hidden'] });
  maybeStart();

  return {
    relabel() {
      offices();
      versions();
      if (started) void load();
    },
  };
}
