/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The page's words in Chinese (default) and English. Static labels in index.html carry
 * `data-i18n="key"` (text) or `data-i18n-attr="attr:key,…"`; `applyLang` rewrites them all.
 * The words of decisions and comparisons (statuses, obligations, change kinds) come from the
 * engine's own labels (`labels.ts`), and explanations from the service in the chosen language.
 */
import type { Lang } from '../../../engine/i18n.ts';

export type { Lang };

const WORDS = {
  title: ['12345 热线规则推演', '12345 hotline policy what-if'],
  subtitle: [
    '工作日日历、工单期限与规则版本比较',
    'Working-day calendar, ticket deadlines and rule-version comparison',
  ],
  skip: ['跳到正文', 'Skip to content'],
  langSwitch: ['English', '中文'],
  langSwitchLabel: ['Switch to English', '切换到中文'],
  apiDocs: ['接口说明', 'API reference'],
  tabCalendar: ['日历与期限', 'Calendar & deadlines'],
  tabCompare: ['版本比较', 'Compare versions'],
  tabAgenda: ['每日待办', 'Daily agenda'],
  tabLaw: ['法规对照', 'Law beside the rules'],
  loading: ['正在载入…', 'Loading…'],
  rulesMeta: ['规则：{rules} · 日历：{calendar}（{years}）', 'Rules: {rules} · calendar: {calendar} ({years})'],

  // calendar view
  ticketLegend: ['工单', 'Ticket'],
  fixture: ['示例工单', 'Fixture ticket'],
  fixtureNone: ['（自行粘贴）', '(paste your own)'],
  ticketJson: ['工单 JSON（可修改或粘贴）', 'Ticket JSON (edit or paste)'],
  asOf: ['决定时刻（北京时间）', 'As of (Beijing time)'],
  decide: ['计算期限', 'Work out deadlines'],
  prevMonth: ['上个月', 'Previous month'],
  nextMonth: ['下个月', 'Next month'],
  legendOff: ['休：法定节假日休息', '休: public holiday (day off)'],
  legendMakeup: ['班：调休上班', '班: make-up working day'],
  legendWeekend: ['周末', 'weekend'],
  legendDue: ['截止日', 'deadline'],
  legendAnchor: ['起算时刻', 'start of a period'],
  offMark: ['休', '休'],
  offTitle: ['法定节假日休息', 'public holiday, day off'],
  makeupMark: ['班', '班'],
  makeupTitle: ['调休上班', 'make-up working day'],
  explanation: ['决定说明', 'Explanation'],
  explanationEmpty: ['选择或粘贴一张工单，然后点“计算期限”。', 'Pick or paste a ticket, then “Work out deadlines”.'],
  deadlines: ['各项期限', 'Deadlines'],
  colObligation: ['事项', 'Obligation'],
  colClause: ['条款', 'Clause'],
  colPeriod: ['时限', 'Period'],
  colDue: ['截止', 'Due'],
  colStatus: ['状态', 'Status'],
  provisional: [
    '临时推算：该年度的国务院节假日安排尚未载入',
    'Provisional: the State Council notice for this year is not loaded',
  ],
  badJson: ['工单不是有效的 JSON：', 'The ticket is not valid JSON: '],
  weekdays: ['一,二,三,四,五,六,日', 'Mon,Tue,Wed,Thu,Fri,Sat,Sun'],
  weekdaysLong: [
    '星期一,星期二,星期三,星期四,星期五,星期六,星期日',
    'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday',
  ],
  monthTitle: ['{y}年{m}月', '{month} {y}'],
  dueOn: ['{what}截止', '{what}'],
  anchorOn: ['起算：{what}', 'from: {what}'],

  // agenda view
  agendaTickets: ['未结工单', 'Open tickets'],
  agendaSrcFixtures: ['示例工单（fixtures）', 'Fixture tickets'],
  agendaSrcFile: ['从文件读入（YAML、JSON 或 JSON Lines）', 'From files (YAML, JSON or JSON Lines)'],
  agendaFile: ['工单文件', 'Ticket files'],
  agendaDate: ['日期', 'Date'],
  agendaOffice: ['办公室', 'Office'],
  agendaAllOffices: ['全部办公室', 'All offices'],
  agendaBy: ['分组', 'Group by'],
  agendaByAction: ['按事项', 'By action'],
  agendaByUnit: ['按承办单位', 'By handling unit'],
  agendaRun: ['生成待办', 'Make the agenda'],
  agendaWorking: ['正在生成待办…', 'Making the agenda…'],
  agendaDone: ['共 {lines} 项待办（{tickets} 张工单）', '{lines} lines from {tickets} tickets'],
  agendaNoFile: ['请先选择工单文件', 'Pick a ticket file first'],
  agendaBadFile: [
    '无法读取 {file} 第 {line} 行：语法错误（{code}）',
    'Cannot read {file}, line {line}: {reason} ({code})',
  ],
  agendaDownloadMd: ['下载 Markdown', 'Download Markdown'],
  agendaDownloadCsv: ['下载 CSV', 'Download CSV'],

  // law beside the rules
  lawPick: ['规则集', 'Rule set'],
  lawOffice: ['办公室', 'Office'],
  lawVersion: ['版本', 'Version'],
  lawUncitedOnly: ['只看未引用', 'Uncited only'],
  lawHint: [
    '逐条对照原文与规则：每一条下列出引用它的规则元素和相关的开放解读，未被规则引用的条款单独标出。',
    'The source document clause by clause: under each, the rule elements citing it and the open readings bearing on it; clauses no rule cites are marked.',
  ],
  lawLoading: ['正在载入法规对照…', 'Loading the law beside the rules…'],
  lawShown: ['显示 {n} / {total} 条', 'Showing {n} of {total} clauses'],
  lawDocument: ['原文', 'Source document'],
  lawNumber: ['文号', 'Number'],
  lawIssuer: ['发文机关', 'Issued by'],
  lawIssued: ['发布日期', 'Issued on'],
  lawRevision: ['规则版本', 'Rule version'],
  lawCountClauses: ['条款', 'Clauses'],
  lawCountCited: ['已引用', 'Cited'],
  lawCountUncited: ['未引用', 'Uncited'],
  lawCountReadings: ['开放解读', 'Open readings'],
  lawClauses: ['条款与规则', 'Clauses and their rules'],
  lawUncited: ['未被规则引用', 'not cited by any rule'],
  lawNotEvaluable: ['条款目录未要求规则编码', 'the catalogue asks no rule to encode it'],
  lawTextVocab: ['原文（据条款目录）', 'Text (Chinese original, from the clause catalogue)'],
  lawTextRules: [
    '原文（条款目录未收录，据规则文件中的引文）',
    'Text (Chinese original, as quoted in the rule files; the catalogue has none)',
  ],
  lawTextNone: [
    '条款目录和规则文件都没有收录这一条的原文。',
    'Neither the catalogue nor the rule files quote this clause.',
  ],
  lawCitedBy: ['引用本条的规则（{n}）', 'Rules citing this clause ({n})'],
  lawNoCitation: ['没有规则引用本条。', 'No rule cites this clause.'],
  lawReadingsHere: ['相关的开放解读', 'Open readings bearing on it'],
  lawReadings: ['开放解读及其设置', 'Open readings and their settings'],
  lawReadingsHint: [
    '原文可有不同理解之处，规则文件以设置写明采用哪一种；“默认”指规则文件未写、取引擎的默认值。',
    'Where the text can be read more than one way, a setting in the rule files says which reading applies; “default” means the files say nothing and the engine’s default applies.',
  ],
  lawSetting: ['设置', 'Setting'],
  lawValue: ['取值', 'Value'],
  lawStated: ['规则写明', 'stated in the rules'],
  lawDefault: ['默认值', 'default'],
  lawAppliesTo: ['适用条款', 'Clauses'],
  lawWholeSet: ['整部规则', 'the whole rule set'],
  lawWhere: ['位置', 'Where'],
  lawNote: ['说明', 'Note'],
  lawNoteZhOnly: ['（规则文件只有中文说明）', '(the rule files note this in Chinese only)'],
  lawNoNote: ['规则文件没有说明。', 'The rule files give no note.'],
  lawUnknown: ['引用了条款目录中没有的条款（{n}）', 'Citations of clauses not in the catalogue ({n})'],
  lawNoneUncited: ['每一条都有规则引用。', 'Every clause is cited by some rule.'],

  // compare view
  versionsLegend: ['规则版本', 'Rule versions'],
  office: ['办公室', 'Office'],
  base: ['基准版本', 'Base version'],
  candidate: ['候选版本', 'Candidate'],
  candShipped: ['已发布版本', 'A shipped version'],
  candDraft: ['草稿（替换一个规则文件）', 'A draft (one rules file replaced)'],
  candVersion: ['候选的已发布版本', 'Shipped candidate version'],
  draftFile: ['替换的文件', 'File replaced'],
  draftUpload: ['上传文件', 'Upload a file'],
  draftText: ['草稿文件内容（YAML）', 'Draft file (YAML)'],
  draftHint: [
    '草稿 = 基准版本的全部文件，其中一个换成这里的内容。修改后自动校验。',
    'The draft is the base version with this one file replaced. It is checked as you type.',
  ],
  validate: ['校验草稿', 'Check the draft'],
  validating: ['正在校验草稿…', 'Checking the draft…'],
  validOk: ['草稿校验通过', 'The draft is valid'],
  validErrors: ['草稿有 {n} 处错误，修正后才能运行', 'The draft has {n} error(s); fix them to run'],
  validWarnings: ['{n} 条提示', '{n} warning(s)'],
  diagLine: ['第 {line} 行第 {col} 列', 'line {line}, col {col}'],
  diagGo: ['跳到该行', 'go to line'],
  ticketsLegend: ['工单', 'Tickets'],
  srcFixtures: ['示例工单（fixtures）', 'Fixture tickets'],
  srcGenerate: ['随机生成', 'Generated'],
  srcPaste: ['粘贴 JSON 数组', 'Pasted JSON array'],
  genCount: ['数量', 'Count'],
  genSeed: ['随机种子', 'Seed'],
  genFrom: ['收单起', 'Received from'],
  genTo: ['收单止', 'Received to'],
  pasteTickets: ['工单 JSON 数组', 'Tickets (JSON array)'],
  token: ['接口令牌（服务要求时填写）', 'API token (if the service needs one)'],
  run: ['运行比较', 'Run comparison'],
  cancel: ['取消运行', 'Cancel run'],
  runDisabledDraft: ['草稿未通过校验，不能运行。', 'The draft is not valid, so it cannot run.'],
  running: ['正在比较…', 'Comparing…'],
  progress: ['已比较 {done} / {total} 张工单', '{done} of {total} tickets compared'],
  queued: ['排队中…', 'Queued…'],
  cancelling: ['正在取消…', 'Cancelling…'],
  cancelled: ['已取消运行', 'The run was cancelled'],
  failed: ['运行失败：', 'The run failed: '],
  done: ['比较完成：{n} 张工单，{c} 张有变化', 'Done: {n} tickets, {c} changed'],
  summary: ['概况', 'Summary'],
  tTickets: ['工单总数', 'Tickets'],
  tUnder: ['适用候选版本', 'Under the candidate'],
  tChanged: ['有变化', 'Changed'],
  tUnchanged: ['无变化', 'Unchanged'],
  tKept: ['沿用基准版本', 'Kept under base'],
  tRejected: ['无效工单', 'Invalid'],
  groups: ['按条款和规则汇总', 'By clause and rule'],
  colRule: ['规则', 'Rule'],
  colKind: ['变化', 'Change'],
  colSubject: ['事项', 'Subject'],
  colTickets: ['工单数', 'Tickets'],
  colOutcomes: ['结果', 'Outcomes'],
  toneLegend: ['颜色表示对承办单位的影响：', 'Colours show the effect on the handling unit: '],
  toneBetter: ['更宽松（期限推后、按时完成、级别降低）', 'easier (later deadline, on time, lower level)'],
  toneWorse: [
    '更严格（期限提前、逾期、级别升高、新增期限）',
    'stricter (earlier deadline, late, higher level, new deadline)',
  ],
  toneNeutral: ['无所谓好坏', 'neither'],
  toneBetterShort: ['更宽松', 'easier'],
  toneWorseShort: ['更严格', 'stricter'],
  rejectedTitle: ['无效工单（{n} 张，未比较）', 'Invalid tickets ({n}, not compared)'],
  colWhere: ['位置', 'Where'],
  colField: ['字段', 'Field'],
  colProblem: ['问题', 'Problem'],
  ticketNo: ['第 {n} 张', 'No. {n}'],
  rejectedOmitted: ['另有 {n} 张无效工单未逐一列出（均已计数）', '{n} more invalid ticket(s) counted but not listed'],
  noGroups: ['两个版本对这些工单的决定相同。', 'Both versions decide these tickets alike.'],
  changedTickets: ['有变化的工单', 'Tickets whose decisions change'],
  filterClause: ['按条款筛选', 'Filter by clause'],
  filterKind: ['按变化类别筛选', 'Filter by kind of change'],
  all: ['全部', 'All'],
  shown: ['显示 {n} / {total} 张', 'Showing {n} of {total}'],
  omitted: ['另有 {n} 张工单未逐一列出（已计入汇总）', '{n} more ticket(s) counted but not listed'],
  colTicket: ['工单', 'Ticket'],
  colReceived: ['收单时间', 'Received'],
  colType: ['类型', 'Type'],
  colChanges: ['变化', 'Changes'],
  expand: ['展开说明', 'Show explanations'],
  collapse: ['收起说明', 'Hide explanations'],
  expandFor: ['{id} 的两版说明', 'explanations for {id}'],
  keptNote: [
    '收单早于候选版本生效日，沿用基准版本',
    'Received before the candidate takes effect: stays under the base',
  ],
  explBase: ['基准版本说明（{v}）', 'Under the base ({v})'],
  explCand: ['候选版本说明（{v}）', 'Under the candidate ({v})'],
  diffNote: ['底色标出的是两版说明中不同的行。', 'Highlighted lines differ between the two explanations.'],
  explLoading: ['正在取得说明…', 'Fetching the explanations…'],
  explTicketMissing: ['找不到第 {n} 张工单（{id}）', 'Ticket {n} ({id}) is not in this batch'],
  download: ['下载 CSV', 'Download CSV'],
  noChanged: ['没有符合筛选条件的工单。', 'No tickets match the filters.'],
  draftLabel: ['草稿', 'draft'],
  errorPrefix: ['出错了：', 'Error: '],
} satisfies Record<string, [string, string]>;

export type Key = keyof typeof WORDS;

let lang: Lang = 'zh';

export const currentLang = (): Lang => lang;

export function t(key: Key, vars: Record<string, string | number> = {}): string {
  const s = WORDS[key][lang === 'en' ? 1 : 0];
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Picks the zh or en half of a `{ zh, en }` text. */
export const pick = (text: { zh: string; en: string } | null | undefined): string =>
  text ? (lang === 'en' ? text.en : text.zh) : '';

export function initialLang(): Lang {
  const q = new URLSearchParams(location.search).get('lang');
  if (q === 'en' || q === 'zh') return q;
  try {
    const saved = localStorage.getItem('hotline-lang');
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // storage may be disabled; Chinese is the default
  }
  return 'zh';
}

/** Sets the language and rewrites every static label of the page. */
export function applyLang(next: Lang): void {
  lang = next;
  try {
    localStorage.setItem('hotline-lang', next);
  } catch {
    // not remembered, that is all
  }
  document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  document.title = t('title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as Key);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(',')) {
      const [attr, key] = pair.split(':') as [string, Key];
      el.setAttribute(attr, t(key));
    }
  }
}

/** `2025-10` → 2025年10月 / October 2025. */
export function monthTitle(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  return t('monthTitle', { y, m, month: name });
}
