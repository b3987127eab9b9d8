import { fromDayNumber } from '../calendar/day-number.ts';
import { type DueNumbers, isOnTime } from '../calendar/due-numbers.ts';
import { formatInstant } from '../calendar/instant.ts';
import { formatPeriod, parsePeriod } from '../calendar/period.ts';
import type { Labels } from '../explain/labels.ts';
import type { Text } from '../i18n.ts';
import type { ExtensionRule } from '../rules/types.ts';
import type { CoreWarning } from './core-types.ts';
import type { Timeline } from './timeline.ts';
import type { ExtensionField, Ticket } from './types.ts';

type Request = NonNullable<Ticket['extensionRequests']>[number];

/** The fields of `required` an application leaves out (`workdays` is always given). */
export function missingExtensionFields(rule: ExtensionRule, request: Request | undefined): ExtensionField[] {
  if (!request) return [...rule.requiredFields];
  return rule.requiredFields.filter((f) => {
    const v = request[f];
    return v === undefined || v === false || v === '';
  });
}

const FIELD_NAMES: Record<ExtensionField, Text> = {
  reason: { zh: '延期事由', en: 'the reason' },
  workdays: { zh: '延期天数', en: 'the days' },
  plan: {
    zh: '处置计划（时间节点）或法定时限及进度',
    en: 'the plan (milestones) or the statutory limits and progress',
  },
};

/**
 * 4.4: an approval that rests on an application made after the window, or on one that does not
 * state what the rule requires, is still applied (the center approved it) but said so.
 * `window`: the application window from acceptance (null before acceptance: nothing to say).
 */
export function extensionWarningsCore(
  rule: ExtensionRule,
  timeline: Timeline,
  window: DueNumbers | null,
  out: CoreWarning[],
): void {
  if (window === null) return;
  for (const { at, item } of timeline.extensions) {
    if (item.approved !== true) continue;
    if (!isOnTime(window, at)) out.push({ kind: 'extension-late', rule, at, window });
    const missing = missingExtensionFields(rule, item);
    if (missing.length > 0) out.push({ kind: 'extension-missing', rule, at, missing });
  }
}

/** A warning of `extensionWarningsCore` in both languages, in the rule set's words (its citation of the clause). */
export function renderExtensionWarning(
  w: Extract<CoreWarning, { kind: 'extension-late' | 'extension-missing' }>,
  labels: Labels,
): Text {
  const { rule } = w;
  const when = formatInstant(w.at);
  if (w.kind === 'extension-late') {
    const end = fromDayNumber(w.window.lastDay);
    return {
      zh: `已批准的延期申请于${when}提出，晚于接单后${rule.window.period}的申请期限（${end} 24时，${labels.clause(rule.clause, 'zh')}），批准所依据的申请已逾期`,
      en: `the approved extension was applied for at ${when}, after the window of ${formatPeriod(parsePeriod(rule.window.period), 'en')} from acceptance (24:00 on ${end}, ${labels.clause(rule.clause, 'en')}): the approval rests on a late application`,
    };
  }
  return {
    zh: `已批准的延期申请（${when}）未写明${w.missing.map((f) => FIELD_NAMES[f].zh).join('、')}（${labels.clause(rule.clause, 'zh')}）`,
    en: `the approved extension application (${when}) does not state ${w.missing.map((f) => FIELD_NAMES[f].en).join(', ')} (${labels.clause(rule.clause, 'en')})`,
  };
}
