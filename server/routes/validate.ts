/**
 * `POST /v1/validate`: the YAML text of a rules or calendar file (`text/plain`, `application/yaml`,
 * or JSON `{ text, kind?, filename? }`), or a whole draft version (JSON `{ files }`) → its
 * diagnostics with file, line and column exactly as the CLI reports them, plus the CLI's lines
 * (`file:line:col: error CODE: message`). `ok` is false when any error is found.
 */
import { Hono } from 'hono';
import { type Diagnostic, formatDiagnostic, hasErrors, type Lang, pick } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { checkShape } from '../http/check-shape.ts';
import { langOf } from '../http/lang.ts';
import { isJsonType, mediaType, parseJsonText, unsupportedMediaType } from '../http/read-body.ts';
import { VALIDATE_KINDS, type ValidateKind } from '../rules/detect-kind.ts';
import { checkDraftFiles } from '../rules/draft.ts';
import { textJob } from '../rules/validate-text.ts';
import type { Services } from '../services.ts';

const TEXT_TYPES = ['text/plain', 'application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

interface ValidateBody {
  text?: string;
  kind?: ValidateKind;
  filename?: string;
  files?: Record<string, string>;
}

const view = (list: Diagnostic[], lang: Lang) => list.map((d) => ({ ...d, message: pick(d.message, lang) }));

export function validateRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/validate', async (c) => {
    const type = mediaType(c);
    const lang = langOf(c);
    let body: ValidateBody;
    if (TEXT_TYPES.includes(type)) {
      const { kind, filename } = c.req.query();
      body = checkShape<ValidateBody>(
        { text: await c.req.text(), ...(kind ? { kind } : {}), ...(filename ? { filename } : {}) },
        { text: { type: 'string' }, kind: { type: 'string', enum: VALIDATE_KINDS }, filename: { type: 'string' } },
      );
    } else if (isJsonType(type)) {
      body = checkShape<ValidateBody>(parseJsonText(await c.req.text()), {
        text: { type: 'string' },
        kind: { type: 'string', enum: VALIDATE_KINDS },
        filename: { type: 'string' },
        files: { type: 'object' },
      });
    } else throw unsupportedMediaType(type, ['text/plain', 'application/yaml', 'application/json']);
    const state = s.rules.current();
    if (body.files !== undefined) {
      const check = await s.checkDraft(checkDraftFiles(body.files, 'files'));
      return c.json({
        ok: !hasErrors(check.diagnostics),
        kind: 'version',
        diagnostics: view(check.diagnostics, lang),
        lines: check.diagnostics.map((d) => formatDiagnostic(d, lang)),
      });
    }
    const text = checkShape<{ text: string }>(body, {
      text: { type: 'string', required: true },
      kind: { type: 'any' },
      filename: { type: 'any' },
    }).text;
    const job = textJob(text, {
      rulesDir: s.options.rulesDir,
      catalog: state.catalog,
      kind: body.kind,
      filename: body.filename,
    });
    const check = await s.validation.run({ kind: 'text', job });
    return c.json({
      ok: !hasErrors(check.diagnostics) && check.otherFiles.length === 0,
      kind: check.kind,
      file: check.file,
      diagnostics: view(check.diagnostics, lang),
      lines: check.diagnostics.map((d) => formatDiagnostic(d, lang)),
      otherFiles: view(check.otherFiles, lang),
    });
  });
  return app;
}
