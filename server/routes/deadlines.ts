/**
 * `POST /v1/deadlines`: `{ from, period, counting? }` → when the period ends (`dueDate`, `dueAt`),
 * whether that is provisional, and how it was counted, in the client's language.
 */
import { Hono } from 'hono';
import { type CountingSettings, due, explainDue, parseInstant, parsePeriod, pick } from '../../engine/index.ts';
import type { AppEnv } from '../env.ts';
import { checkShape } from '../http/check-shape.ts';
import { atField } from '../http/field-error.ts';
import { langOf } from '../http/lang.ts';
import { readJson } from '../http/read-body.ts';
import { refuseProvisional } from '../http/strict.ts';
import type { Services } from '../services.ts';

interface DeadlineBody {
  from: string;
  period: string;
  counting?: Partial<CountingSettings>;
}

export function deadlineRoutes(s: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/deadlines', async (c) => {
    const body = checkShape<DeadlineBody>(await readJson(c), {
      from: { type: 'string', required: true },
      period: { type: 'string', required: true },
      counting: { type: 'object' },
    });
    const counting = checkShape<Partial<CountingSettings>>(
      body.counting ?? {},
      {
        startDayCounted: { type: 'boolean' },
        naturalDayEndOnHoliday: { type: 'string', enum: ['keep', 'next-working-day'] },
        strict: { type: 'boolean' },
      },
      'counting',
    );
    const from = atField('from', () => parseInstant(body.from));
    const period = atField('period', () => parsePeriod(body.period));
    const { calendar } = s.rules.current();
    const d = due(from, period, {
      calendar,
      counting: { ...counting, strict: s.options.strict || counting.strict === true },
    });
    refuseProvisional(s.options.strict, d.provisional, d.warnings, { zh: '该期限的计算', en: 'the computation' });
    const lang = langOf(c);
    return c.json({
      dueDate: d.dueDate,
      dueAt: d.dueAt,
      provisional: d.provisional,
      explanation: explainDue(d, lang),
      anchorAt: d.anchorAt,
      period: d.period,
      endInclusive: d.endInclusive,
      counting: d.counting,
      skipped: d.skipped,
      makeupCounted: d.makeupCounted,
      weekendDaysSkipped: d.weekendDaysSkipped,
      movedFrom: d.movedFrom,
      warnings: d.warnings.map((w) => pick(w, lang)),
      calendar: { id: calendar.id, revision: calendar.revision },
    });
  });
  return app;
}
