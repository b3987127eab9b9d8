/**
 * What the schema cannot say about assessment input, across every file of one run: a month's
 * figures given twice, a unit twice in a month, a ticket counted twice in a month, a ticket with
 * neither month nor revisit date or with the two disagreeing, dates that do not exist, and an
 * input with nothing to assess.
 */
import type { Text } from '../i18n.ts';
import type { Diagnostic } from '../rules/diagnostic.ts';
import type { InputSource } from './input-source.ts';
import { monthOfInstant } from './month.ts';
import type { AssessmentInput } from './types.ts';

export function semanticDiagnostics(inputs: readonly { src: InputSource; value: AssessmentInput }[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const months = new Map<string, string>();
  const tickets = new Map<string, string>();
  for (const { src, value } of inputs) {
    const report = (pointer: string, code: string, message: Text, key = false) =>
      out.push({ file: src.file, ...src.position(pointer, { key }), severity: 'error', code, message, pointer });
    const where = (p: string) => {
      const pos = src.position(p);
      return `${src.file}:${pos.line}`;
    };
    value.satisfaction?.forEach((m, mi) => {
      const first = months.get(m.month);
      if (first) {
        report(`/satisfaction/${mi}/month`, 'ASSESS_DUPLICATE_MONTH', {
          zh: `${m.month}的满意度数据重复出现（首次在 ${first}）`,
          en: `satisfaction figures for ${m.month} appear twice (first at ${first})`,
        });
      } else months.set(m.month, where(`/satisfaction/${mi}/month`));
      const units = new Set<string>();
      m.units.forEach((u, ui) => {
        if (units.has(u.unit)) {
          report(`/satisfaction/${mi}/units/${ui}/unit`, 'ASSESS_DUPLICATE_UNIT', {
            zh: `${m.month}中单位“${u.unit}”出现两次`,
            en: `unit "${u.unit}" appears twice in ${m.month}`,
          });
        }
        units.add(u.unit);
      });
    });
    value.cityUnsatisfied?.forEach((t, ti) => {
      const p = `/cityUnsatisfied/${ti}`;
      let revisitMonth: string | undefined;
      if (t.revisitedAt !== undefined) {
        revisitMonth = monthOf(t.revisitedAt);
        if (!revisitMonth) report(`${p}/revisitedAt`, 'ASSESS_DATE_INVALID', badDate(t.revisitedAt));
      }
      if (t.month === undefined && t.revisitedAt === undefined) {
        report(p, 'ASSESS_TICKET_MONTH_MISSING', {
          zh: `工单${t.ticketId}缺少 month（月份）或 revisitedAt（回访日期），至少写一个`,
          en: `ticket ${t.ticketId} needs a month or a revisitedAt date`,
        });
      } else if (t.month !== undefined && revisitMonth && t.month !== revisitMonth) {
        report(`${p}/month`, 'ASSESS_MONTH_MISMATCH', {
          zh: `工单${t.ticketId}的 month ${t.month} 与回访日期 ${t.revisitedAt} 所在月份不一致`,
          en: `ticket ${t.ticketId}: month ${t.month} does not match its revisit date ${t.revisitedAt}`,
        });
      }
      const month = t.month ?? revisitMonth;
      if (!month) return;
      // The same revisit (level and result) of a ticket listed twice in a month; which entries
      // count is the rule set's (monthly.counts), decided later.
      const key = `${month}\u0000${t.ticketId}\u0000${t.level ?? ''}\u0000${t.result ?? ''}`;
      const first = tickets.get(key);
      if (first) {
        report(`${p}/ticketId`, 'ASSESS_DUPLICATE_TICKET', {
          zh: `工单${t.ticketId}在${month}重复列出（首次在 ${first}）`,
          en: `ticket ${t.ticketId} is listed twice for ${month} (first at ${first})`,
        });
      } else tickets.set(key, where(`${p}/ticketId`));
    });
    value.publications?.forEach((pub, pi) => {
      if (!monthOf(pub.published))
        report(`/publications/${pi}/published`, 'ASSESS_DATE_INVALID', badDate(pub.published));
    });
  }
  const first = inputs[0];
  const empty = inputs.every(({ value: v }) => !v.satisfaction && !v.cityUnsatisfied && !v.publications);
  if (first && empty) {
    out.push({
      file: first.src.file,
      line: 1,
      col: 1,
      severity: 'error',
      code: 'ASSESS_INPUT_EMPTY',
      message: {
        zh: '没有可评估的数据：应有 satisfaction（满意度）、cityUnsatisfied（按月计入的回访工单）或 publications（政策公布）之一',
        en: 'nothing to assess: expected satisfaction, cityUnsatisfied or publications',
      },
      pointer: '',
    });
  }
  return out;
}

function monthOf(value: string): string | undefined {
  try {
    return monthOfInstant(value);
  } catch {
    return undefined;
  }
}

function badDate(value: string): Text {
  return {
    zh: `“${value}”不是有效的日期或时刻（应为真实日期 YYYY-MM-DD 或 ISO 8601 时刻）`,
    en: `"${value}" is not a valid date or instant (a real date YYYY-MM-DD or an ISO 8601 instant)`,
  };
}
