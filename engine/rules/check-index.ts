/** Checks of a version's index against its folder and topic files. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DIR } from './paths.ts';
import type { RuleFile } from './read-rule-file.ts';
import { isObject, type Report } from './rule-diagnostics.ts';
import { TOPICS } from './topics.ts';

export interface IndexCheckOptions {
  expect?: { id: string; version: string };
  calendarDirs?: string[];
  report: Report;
}

export function checkIndex(index: RuleFile, topics: readonly RuleFile[], opts: IndexCheckOptions): void {
  const { report } = opts;
  const v = index.src.value;
  if (!isObject(v)) return;
  const seen = new Map<string, RuleFile>();
  for (const f of topics) {
    if (!f.topic) continue;
    const first = seen.get(f.topic.key);
    if (first) {
      report(
        f.src,
        [f.topic.key],
        'RULE_TOPIC_DUPLICATE',
        {
          zh: `专题“${f.topic.key}”已在 ${first.src.file} 中定义，每个专题只能出现在一个文件中`,
          en: `topic "${f.topic.key}" is already defined in ${first.src.file}; each topic belongs in one file`,
        },
        { key: true },
      );
    } else seen.set(f.topic.key, f);
  }
  // Every topic but the ticket types is optional: a procedure without returns, extensions, first
  // contact, escalation … simply has no such mechanism. Only the ticket types are required.
  const missing = TOPICS.filter((t) => t.required === true && !seen.has(t.key)).map((t) => t.key);
  // A missing or unreadable file already has its own diagnostic; the topic it held is not missing too.
  const included = Array.isArray(v.include) ? v.include.filter((x) => typeof x === 'string').length : 0;
  const allRead = topics.length === included && topics.every((f) => f.src.value !== undefined);
  if (missing.length > 0 && allRead && Array.isArray(v.include)) {
    report(
      index.src,
      ['include'],
      'RULE_TOPIC_MISSING',
      {
        zh: `include 的文件中缺少必备专题：${missing.join('、')}`,
        en: `no included file defines the required topic(s) ${missing.join(', ')}`,
      },
      { key: true },
    );
  }
  const eff = isObject(v.effective) ? v.effective : {};
  if (typeof eff.from === 'string' && typeof eff.to === 'string' && eff.to < eff.from) {
    report(index.src, ['effective', 'to'], 'RULE_EFFECTIVE_RANGE', {
      zh: `生效期间的 to（${eff.to}）早于 from（${eff.from}）`,
      en: `effective.to (${eff.to}) is before effective.from (${eff.from})`,
    });
  }
  if (typeof v.calendar === 'string') {
    const dirs = opts.calendarDirs ?? [join(RULES_DIR, 'calendars')];
    if (!dirs.some((d) => existsSync(join(d, `${v.calendar}.yaml`)))) {
      report(index.src, ['calendar'], 'RULE_CALENDAR_UNKNOWN', {
        zh: `找不到工作日历“${v.calendar}”（应为 calendars/${v.calendar}.yaml）`,
        en: `no calendar "${v.calendar}" (expected calendars/${v.calendar}.yaml)`,
      });
    }
  }
  const expect = opts.expect;
  if (!expect) return;
  for (const key of ['id', 'version'] as const) {
    if (typeof v[key] === 'string' && v[key] !== expect[key]) {
      report(index.src, [key], 'RULE_FOLDER_MISMATCH', {
        zh: `${key} 为“${v[key]}”，但所在目录是 rules/${expect.id}/${expect.version}/（两者须一致）`,
        en: `${key} is "${v[key]}" but the folder is rules/${expect.id}/${expect.version}/ (they must agree)`,
      });
    }
  }
}
