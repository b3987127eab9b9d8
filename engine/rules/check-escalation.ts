/** 2.4: escalation levels numbered 1, 2, 3 … in order, with strictly increasing thresholds. */
import { type Period, parsePeriod } from '../calendar/period.ts';
import { isObject, type Report } from './rule-diagnostics.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';

function tryParse(v: unknown): Period | undefined {
  try {
    return typeof v === 'string' ? parsePeriod(v) : undefined;
  } catch {
    return undefined;
  }
}

export function checkEscalationOrder(
  src: YamlSource,
  esc: Record<string, unknown>,
  path: PathSegment[],
  report: Report,
): void {
  if (!Array.isArray(esc.levels)) return;
  let prev: { period: Period; level: unknown } | undefined;
  esc.levels.forEach((lv, i) => {
    if (!isObject(lv)) return;
    const at = [...path, 'levels', i];
    if (typeof lv.level === 'number' && lv.level !== i + 1) {
      report(src, [...at, 'level'], 'RULE_ESCALATION_ORDER', {
        zh: `第${i + 1}项督办的级别应为 ${i + 1}，实际为 ${lv.level}（级别须从1起依次递增）`,
        en: `escalation entry ${i + 1} should be level ${i + 1}, not ${lv.level} (levels count up from 1)`,
      });
    }
    const p = tryParse(lv.threshold);
    if (!p) return;
    if (prev && (p.unit !== prev.period.unit || p.amount <= prev.period.amount)) {
      const same = p.unit === prev.period.unit;
      report(src, [...at, 'threshold'], 'RULE_ESCALATION_ORDER', {
        zh: same
          ? `督办门槛须逐级递增：第${String(lv.level)}级“${p.literal}”不大于上一级“${prev.period.literal}”`
          : `督办门槛须使用同一单位：第${String(lv.level)}级“${p.literal}”与上一级“${prev.period.literal}”单位不同`,
        en: same
          ? `escalation thresholds must increase: level ${String(lv.level)} "${p.literal}" is not above "${prev.period.literal}"`
          : `escalation thresholds must share one unit: level ${String(lv.level)} "${p.literal}" vs "${prev.period.literal}"`,
      });
    }
    prev = { period: p, level: lv.level };
  });
}
