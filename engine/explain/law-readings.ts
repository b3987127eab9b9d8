/**
 * The open readings of a rule set: the DSL's named settings where a text can be read two ways
 * (rules/source/OPEN-READINGS.md), each with the value in force, whether the file states it, the
 * clause of the element it belongs to, where it is written and the comment above it. Which
 * settings are readings is the DSL's (these keys); what they are set to is the rule set's.
 */
import { DEFAULT_COUNTING } from '../calendar/due.ts';
import type { Lang, Text } from '../i18n.ts';
import type { Ruleset } from '../rules/types.ts';
import { type PathSegment, parseYamlSource, positionOf, type YamlSource } from '../rules/yaml-source.ts';
import { commentAbove } from './comment-above.ts';
import { displayPrefix } from './law-citations.ts';
import type { LawReading } from './law-types.ts';

interface Spec {
  /** Path in the topic file (the list index filled in for list topics). */
  path: PathSegment[];
  name: Text;
  value: unknown;
  fallback: unknown;
  clauses: string[];
}

const n = (zh: string, en: string): Text => ({ zh, en });

function specs(r: Ruleset): Spec[] {
  const c = r.settings.counting;
  const dueSoonClauses = [...new Set(r.reminders.filter((x) => x.trigger === 'due-soon').map((x) => x.clause))];
  const out: Spec[] = [
    {
      path: ['settings', 'counting', 'startDayCounted'],
      name: n('以日计的期限是否计入起算当日', 'whether a period in days counts its start day'),
      value: c.startDayCounted,
      fallback: DEFAULT_COUNTING.startDayCounted,
      clauses: [],
    },
    {
      path: ['settings', 'counting', 'naturalDayEndOnHoliday'],
      name: n('自然日期限最后一日为休息日时是否顺延', 'whether a natural-day period ending on a day off moves'),
      value: c.naturalDayEndOnHoliday,
      fallback: DEFAULT_COUNTING.naturalDayEndOnHoliday,
      clauses: [],
    },
    {
      path: ['settings', 'counting', 'strict'],
      name: n(
        '没有放假通知的年份：拒绝计算还是暂定计算',
        'years without a holiday notice: refuse, or count provisionally',
      ),
      value: c.strict,
      fallback: DEFAULT_COUNTING.strict,
      clauses: [],
    },
    {
      path: ['settings', 'dueSoon', 'period'],
      name: n('“临近期限”从期限前多久算起', 'how long before a deadline "due soon" starts'),
      value: r.settings.dueSoon.period,
      fallback: undefined,
      clauses: dueSoonClauses,
    },
  ];
  const e = r.escalation;
  if (e && e.trigger !== 'overdue') {
    const at = (key: string, name: Text, value: unknown, fallback: unknown) =>
      out.push({ path: ['escalation', key], name, value, fallback, clauses: [e.clause] });
    at('from', n('各级门槛的起算点', 'what the level thresholds count from'), e.from, undefined);
    at('mode', n('如何确定级别', 'how a level is reached'), e.mode, undefined);
    at(
      'thresholdsFollowExtension',
      n('延期后各级门槛是否顺延', 'whether the thresholds move with an extension'),
      e.thresholdsFollowExtension ?? false,
      false,
    );
    at(
      'cityRevisitGoverns',
      n('市级回访结果是否优先于此后的回访', 'whether a city-level revisit governs later ones'),
      e.cityRevisitGoverns ?? false,
      false,
    );
  }
  r.extensions.forEach((x, i) => {
    out.push(
      {
        path: ['extensions', i, 'grant'],
        name: n('批准延期增加的天数', 'what an approved extension adds'),
        value: x.grant ?? 'requested-days',
        fallback: 'requested-days',
        clauses: [x.clause],
      },
      {
        path: ['extensions', i, 'alsoMoves'],
        name: n('随延期一同顺延的其他时限', 'other limits an extension moves'),
        value: x.alsoMoves ?? [],
        fallback: [],
        clauses: [x.clause],
      },
    );
  });
  if (r.review) {
    out.push({
      path: ['review', 'blocksCompletion'],
      name: n('审核不通过是否不准办结', 'whether a failing closing report blocks completion'),
      value: r.review.blocksCompletion ?? false,
      fallback: false,
      clauses: [r.review.clause],
    });
  }
  return out;
}

function valueAt(v: unknown, path: PathSegment[]): unknown {
  let x = v;
  for (const s of path) {
    if (x === null || typeof x !== 'object') return undefined;
    x = (x as Record<string | number, unknown>)[s];
  }
  return x;
}

export function lawReadings(ruleset: Ruleset, lang: Lang): LawReading[] {
  const prefix = displayPrefix(ruleset);
  const sources: YamlSource[] = ruleset.files.flatMap((f) => {
    const text = ruleset.texts?.[f];
    return text === undefined ? [] : [parseYamlSource(text, prefix + f)];
  });
  return specs(ruleset).map((s) => {
    const top = s.path[0] as string;
    const src = sources.find((x) => valueAt(x.value, [top]) !== undefined);
    const stated = src ? valueAt(src.value, s.path) !== undefined : s.value !== s.fallback;
    // Not stated: placed at the element it would belong to.
    const at = stated ? s.path : s.path.slice(0, -1);
    const pos = src ? positionOf(src, at, { key: true }) : { line: 0, col: 0 };
    const note = src && stated ? commentAbove(src.text, pos.line) : { zh: '', en: '' };
    return {
      setting: s.path.filter((p) => typeof p === 'string').join('.'),
      name: s.name[lang],
      value: s.value,
      stated,
      clauses: s.clauses,
      note,
      file: src?.file ?? '',
      ...pos,
    };
  });
}
