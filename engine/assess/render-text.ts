/** An `Assessment` as terminal text: one table per clause, then every explanation and warning. */

import { labelsFrom, type Words } from '../explain/labels.ts';
import { type Lang, pick } from '../i18n.ts';
import { formatMonth } from './month.ts';
import { textTable } from './text-table.ts';
import type { Assessment, InterviewReason } from './types.ts';

const REASONS: Record<InterviewReason, { zh: string; en: string }> = {
  bottom: { zh: '排名末位', en: 'bottom ranked' },
  consecutive: { zh: '连续末位', en: 'consecutive months' },
  hotspot: { zh: '热点诉求', en: 'hotspot' },
  mediaExposed: { zh: '媒体曝光', en: 'media exposure' },
};

export function renderAssessment(a: Assessment, lang: Lang = 'zh', words?: Words): string {
  const labels = labelsFrom(words);
  const cite = (clause: string) => labels.clause(clause, lang);
  const en = lang === 'en';
  const L = (zh: string, e: string) => (en ? e : zh);
  const yes = (b: boolean, zh: string, e: string) => (b ? L(zh, e) : '');
  const out: string[] = [];
  const scope = a.month ? formatMonth(a.month, lang) : L('全部月份', 'all months');
  out.push(
    L(
      `考核评估 · 规则集 ${a.ruleset.id} ${a.ruleset.version} · ${scope}${a.provisional ? ' · 【含临时结果】' : ''}`,
      `Assessment · rule set ${a.ruleset.id} ${a.ruleset.version} · ${scope}${a.provisional ? ' · PROVISIONAL' : ''}`,
    ),
  );
  for (const r of a.rankings) {
    out.push(
      '',
      L(
        `【市民满意度排名】${formatMonth(r.month, 'zh')}，${r.units.length}个单位，末位组${r.bottomCount}个`,
        `[Satisfaction ranking] ${formatMonth(r.month, 'en')}, ${r.units.length} units, ${r.bottomCount} in the bottom group`,
      ),
    );
    const rows = r.units.map((u) => [
      r.ranked ? String(u.rankFromBottom) : '-',
      u.unit,
      `${u.satisfaction}%`,
      [yes(u.bottom, '末位', 'bottom'), yes(u.tied, '并列', 'tied')].filter(Boolean).join(' '),
      u.streak > 0 ? String(u.streak) : '',
      [yes(u.hotspot, '热点诉求', 'hotspot'), yes(u.mediaExposed, '媒体曝光', 'media')].filter(Boolean).join(' '),
    ]);
    out.push(
      textTable(
        en
          ? ['From bottom', 'Unit', 'Rate', 'Rank', 'Months running', 'Flags']
          : ['倒数', '单位', '满意度', '排名', '连续末位月数', '标记'],
        rows,
      ),
    );
  }
  const section = (zh: string, e: string, clause: string | undefined) =>
    out.push('', `${en ? `[${e}] ` : `【${zh}】`}${clause ? cite(clause) : ''}`);
  if (a.interviews.length > 0) {
    section('约谈提醒', 'Interviews', a.interviews[0]?.clause);
    out.push(
      textTable(
        en ? ['Month', 'Unit', 'Interviewer', 'Reasons'] : ['月份', '单位', '约谈人', '原因'],
        a.interviews.map((i) => [
          i.month,
          i.unit,
          pick(i.interviewerName, lang),
          i.reasons.map((r) => pick(REASONS[r], lang)).join(L('、', ', ')),
        ]),
      ),
    );
  }
  if (a.fieldVisits.length > 0) {
    section('走访调研', 'Field visits', a.fieldVisits[0]?.clause);
    out.push(
      textTable(
        en ? ['Month', 'Unit', 'By'] : ['月份', '单位', '组织'],
        a.fieldVisits.map((v) => [v.month, v.unit, pick(v.byName, lang)]),
      ),
    );
  }
  if (a.writtenExplanations.length > 0) {
    section('书面情况说明与工单点评', 'Written explanations and reviews', undefined);
    out.push(
      textTable(
        en
          ? ['Month', 'Unit', 'Tickets', 'Due', 'Report to', 'Clause']
          : ['月份', '单位', '工单数', '截止日期', '报送', '条款'],
        a.writtenExplanations.map((w) => [
          w.month,
          w.unit,
          String(w.ticketIds.length),
          w.dueDate ?? L('原文未规定期限', 'no limit stated'),
          w.reportToNames.map((r) => pick(r, lang)).join(L('、', ', ')),
          cite(w.clause),
        ]),
      ),
    );
  }
  if (a.knowledgeBase.length > 0) {
    section('知识库更新', 'Knowledge-base updates', a.knowledgeBase[0]?.clause);
    out.push(
      textTable(
        en ? ['Published', 'Due', 'Unit', 'Policy'] : ['公布日期', '截止日期', '单位', '政策'],
        a.knowledgeBase.map((k) => [k.anchorAt.slice(0, 10), k.dueDate, k.unit ?? '', k.policy]),
      ),
    );
  }
  const items = [...a.interviews, ...a.fieldVisits, ...a.writtenExplanations, ...a.knowledgeBase];
  if (items.length > 0) {
    out.push('', L('【说明】', '[Explanations]'));
    items.forEach((item, i) => {
      out.push(`  ${i + 1}. ${pick(item.explanation, lang)}`);
      if ('counting' in item && item.counting) out.push(`     ${pick(item.counting, lang)}`);
    });
  } else
    out.push(
      '',
      L(
        '无需约谈、走访、书面说明或知识库报送。',
        'No interviews, field visits, written explanations or knowledge-base reports.',
      ),
    );
  if (a.warnings.length > 0) {
    out.push('', L('【提示】', '[Warnings]'));
    for (const w of a.warnings) out.push(`  - ${w.code}: ${pick(w.message, lang)}`);
  }
  return out.join('\n');
}
