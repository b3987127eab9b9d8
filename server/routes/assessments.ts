/**
 * `POST /v1/assessments`: the clauses that judge units and months (2.7, 2.9, 2.5, 4.8, 5.2) over
 * an assessment input (`rules/schema/assessment-input.schema.json`) sent as JSON, YAML or CSV.
 * `?month=YYYY-MM` assesses one month, `?ruleset=` names the rule set. Problems come back with the
 * line and column of the request body.
 */
import { Hono } from 'hono';
import { assessWithCatalog, HotlineError, renderAssessment, rulesetOfDecision, wordsOf } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { langOf } from '../http/lang.ts';
import { isJsonType, mediaType, parseJsonText, unsupportedMediaType } from '../http/read-body.ts';
import { refuseProvisional } from '../http/strict.ts';
import type { Services } from '../services.ts';

type InputFormat = 'json' | 'yaml' | 'csv';

function formatOfType(type: string): InputFormat | undefined {
  if (isJsonType(type)) return 'json';
  if (['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'].includes(type)) return 'yaml';
  if (type === 'text/csv') return 'csv';
  return undefined;
}

export function assessmentRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/assessments', async (c) => {
    const type = mediaType(c);
    const format = formatOfType(type);
    if (!format) throw unsupportedMediaType(type, ['application/json', 'application/yaml', 'text/csv']);
    const text = await c.req.text();
    if (format === 'json') parseJsonText(text); // BAD_JSON before anything else
    const file = `body.${format}`;
    const check = await s.validation.run({ kind: 'assessment-input', text, file, format });
    if (!check.input) {
      throw new HotlineError(
        'ASSESS_INPUT_INVALID',
        {
          zh: `评估输入有 ${check.diagnostics.length} 处错误`,
          en: `the assessment input has ${check.diagnostics.length} error(s)`,
        },
        { diagnostics: check.diagnostics },
      );
    }
    const { month, ruleset } = c.req.query();
    const state = s.rules.current();
    const a = assessWithCatalog(state.catalog, state.calendar, check.input, {
      ...(month ? { month } : {}),
      ...(ruleset ? { rulesetId: ruleset } : {}),
    });
    const warnings = a.warnings.filter((w) => w.code.includes('PROVISIONAL')).map((w) => w.message);
    refuseProvisional(s.options.strict, a.provisional, warnings, { zh: '评估中的期限计算', en: 'the assessment' });
    const rs = rulesetOfDecision(state.catalog, a);
    return c.json({ ...a, explanation: renderAssessment(a, langOf(c), rs ? wordsOf(rs) : undefined) });
  });
  return app;
}
