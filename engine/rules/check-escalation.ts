/** Escalation: levels numbered 1, 2, 3 … in order, with strictly increasing thresholds; the shape of each trigger. */
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

/** Keys of a revisit-triggered escalation that mean nothing when it is triggered by time overdue. */
const REVISIT_ONLY = ['from', 'mode', 'thresholdsFollowExtension', 'cityRevisitGoverns'] as const;

/**
 * The two shapes of an escalation. `trigger: overdue`: `of` names the obligation whose deadline's
 * overdue time counts; levels have no redo, and every level above the first has a threshold (how
 * long past the deadline). A revisit trigger (a condition): `mode` and each level's `redo`, no `of`.
 */
export function checkEscalationShape(
  src: YamlSource,
  esc: Record<string, unknown>,
  path: PathSegment[],
  report: Report,
): void {
  const levels = Array.isArray(esc.levels) ? esc.levels : [];
  if (esc.trigger === 'overdue') {
    if (esc.of === undefined) {
      report(
        src,
        path,
        'RULE_ESCALATION_SHAPE',
        {
          zh: '逾期触发的督办（trigger: overdue）须写 of：哪项义务的期限逾期计时（如 of: complete）',
          en: 'an escalation triggered by time overdue (trigger: overdue) needs `of`: the obligation whose deadline counts (e.g. of: complete)',
        },
        { key: true },
      );
    }
    for (const key of REVISIT_ONLY) {
      if (esc[key] === undefined) continue;
      report(
        src,
        [...path, key],
        'RULE_ESCALATION_SHAPE',
        {
          zh: `“${key}”只用于回访触发的督办；逾期触发（trigger: overdue）的级别只看逾期时长，请删去`,
          en: `"${key}" belongs to revisit-triggered escalation; with trigger: overdue the level follows the time overdue only — remove it`,
        },
        { key: true },
      );
    }
    levels.forEach((lv, i) => {
      if (!isObject(lv)) return;
      if (lv.redo !== undefined) {
        report(
          src,
          [...path, 'levels', i, 'redo'],
          'RULE_ESCALATION_SHAPE',
          {
            zh: '逾期触发的督办级别不设 redo（重办期限自回访起算）；逾期的义务本身仍须完成',
            en: 'a level of an escalation triggered by time overdue has no `redo` (a redo counts from a revisit); the overdue obligation itself is still owed',
          },
          { key: true },
        );
      }
      if (i > 0 && lv.threshold === undefined) {
        report(src, [...path, 'levels', i], 'RULE_ESCALATION_SHAPE', {
          zh: `逾期触发的第${i + 1}项督办缺少 threshold：超过期限多久进入本级（如 3个工作日）；只有第一级可不写（逾期即进入）`,
          en: `escalation entry ${i + 1} (trigger: overdue) has no threshold: how long past the deadline it is reached (e.g. 3 workdays); only the first level may omit it (reached once overdue)`,
        });
      }
    });
    return;
  }
  // A revisit trigger: what the schema required before `trigger: overdue` existed, reported as it was.
  const required = (at: PathSegment[], key: string) =>
    report(src, at, 'SCHEMA_REQUIRED', {
      zh: `${at
        .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '')} 缺少必填字段“${key}”`,
      en: `${at
        .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
        .join('')
        .replace(/^\./, '')} is missing the required key "${key}"`,
    });
  if (esc.mode === undefined) required(path, 'mode');
  levels.forEach((lv, i) => {
    if (isObject(lv) && lv.redo === undefined) required([...path, 'levels', i], 'redo');
  });
  if (esc.of !== undefined) {
    report(
      src,
      [...path, 'of'],
      'RULE_ESCALATION_SHAPE',
      {
        zh: '“of”只用于逾期触发的督办（trigger: overdue）；回访触发的督办按回访定级，请删去',
        en: '"of" belongs to escalation triggered by time overdue (trigger: overdue); a revisit-triggered ladder follows revisits — remove it',
      },
      { key: true },
    );
  }
}
