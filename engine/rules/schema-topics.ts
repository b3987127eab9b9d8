/** The top-level shapes of the topic files (types.ts), one schema file each. */
import { arr, base, d, int, type Json, obj, ref } from './schema-builders.ts';
import { escalation, extension, firstContact, returnRule, ticketType } from './schema-rule-shapes.ts';

const reminder = obj(
  ['id', 'clause', 'trigger', 'when', 'methods', 'message'],
  {
    ...base,
    trigger: {
      type: 'string',
      enum: ['not-accepted', 'due-soon', 'media-exposed'],
      description: d('催办情形', 'Reminder trigger'),
    },
    by: ref('role', d('催办的角色', 'Who reminds')),
    to: ref('role', d('被催办的角色', 'Who is reminded')),
    when: ref('condition'),
    methods: arr({ type: 'string', enum: ['phone', 'online', 'written'] }, d('催办方式', 'Methods'), 1),
    message: ref('text'),
  },
  d('催办规则', 'Reminder rule'),
);

const point = obj(['n', 'field', 'name'], {
  n: { type: 'integer', minimum: 1, maximum: 50, description: d('审核要点序号', 'Point number') },
  field: {
    type: 'string',
    pattern: '^[a-z][A-Za-z0-9]*$',
    description: d('办结报告中对应的布尔字段', 'Boolean field of the closing report'),
  },
  name: ref('text'),
  text: ref('quote'),
});

const notification = obj(
  ['id', 'clause', 'when', 'to', 'timing', 'message'],
  {
    ...base,
    when: ref('condition'),
    to: ref('roles', d('报送对象', 'Recipients')),
    timing: { type: 'string', enum: ['immediately', 'daily', 'monthly'], description: d('报送时机', 'Timing') },
    message: ref('text'),
  },
  d('报送规则', 'Notification rule'),
);

const assessment = obj(
  ['id', 'clause', 'bottomN', 'consecutiveMonths', 'interviewer', 'fieldVisit'],
  {
    ...base,
    bottomN: int(1, d('满意度排名末位数', 'Bottom N by satisfaction')),
    consecutiveMonths: int(1, d('连续月数', 'Consecutive months')),
    interviewer: obj(
      ['bottom', 'repeated'],
      { bottom: ref('role'), repeated: ref('role') },
      d('约谈人', 'Who interviews'),
    ),
    fieldVisit: obj(['clause', 'by'], { clause: ref('clauseId'), by: ref('role') }, d('走访调研', 'Field visit')),
  },
  d('通报约谈', 'Unit assessment'),
);

const monthEnd = { const: 'monthEnd', description: d('自月末起算', 'Counted from the end of the month') };

const monthly = obj(
  ['id', 'clause', 'obligation', 'responsible', 'reportTo'],
  {
    ...base,
    obligation: { const: 'writtenExplanation', description: d('书面情况说明', 'Written explanation') },
    duty: ref('text', d('义务的表述（如“梳理工单办结过程并形成书面报告提交”）', 'How the duty is worded')),
    period: ref(
      'period',
      d('原文规定的期限；原文未规定时省略（不设截止日期）', 'The limit the text states; leave out when it states none'),
    ),
    from: monthEnd,
    limit: obj(
      ['period', 'from', 'chosenBy'],
      {
        period: ref('period'),
        from: monthEnd,
        chosenBy: { const: 'office', description: d('本单位自定期限，原文未规定', 'A limit the office set') },
      },
      d('原文未规定、由本单位自定的期限', 'A limit the text does not state, set by the office'),
    ),
    responsible: ref('role'),
    reportTo: ref('roles'),
    counts: obj(
      [],
      {
        level: { type: 'string', enum: ['town', 'city'], description: d('计入的回访层级', 'Revisit level counted') },
        results: arr(
          { type: 'string', minLength: 1, maxLength: 20 },
          d('计入的回访结果', 'Revisit results counted'),
          1,
        ),
        name: ref('text', d('计入工单的称呼（如“市级回访工单”）', 'How the counted tickets read')),
      },
      d('每月计入哪些回访工单；省略则计入全部输入', 'Which revisit entries of the month count; leave out for all'),
    ),
  },
  d('月度书面说明', 'Monthly written explanation'),
);

const knowledgeBase = obj(
  ['id', 'clause', 'obligation', 'period', 'responsible'],
  {
    ...base,
    obligation: { const: 'knowledgeBaseReport', description: d('报送知识库更新', 'Knowledge-base report') },
    period: ref('period'),
    from: { const: 'published', description: d('自公布之日起算', 'Counted from publication') },
    responsible: ref('role'),
    reportTo: ref('role', d('报送对象（更新知识库的角色）', 'Who the update is reported to')),
  },
  d('知识库更新', 'Knowledge-base update'),
);

const list = (item: Json, zh: string, en: string) => arr(item, d(zh, en), 1);

const named = (id: Json, what: string, whatEn: string) =>
  obj(['id', 'name'], { id, name: ref('text', d(`${what}的中英文名称`, `${whatEn} name in Chinese and English`)) });

const valueList = (zh: string, en: string) => arr({ type: 'string', minLength: 1, maxLength: 20 }, d(zh, en), 1);

/** Closed lists of the values this office's tickets carry (absent: any value). */
const ticketValues = obj(
  [],
  {
    channel: valueList('来源渠道的取值（如 hotline、app、web）', 'Channel values (e.g. hotline, app, web)'),
    urgency: valueList('紧急程度的取值（如 一般、紧急）', 'Urgency values'),
    category: valueList('诉求类别的取值（如 咨询、投诉）', 'Category values (e.g. 咨询, 投诉)'),
    tags: valueList('标签的取值；省略则标签不限', 'Tag values; leave out for any tag'),
    revisitResult: valueList('回访结果的取值（如 满意、一般）', 'Revisit result values'),
  },
  d(
    '本办公室工单的取值：决定时核对工单，条件中的比较值也按此核对',
    "The values this office's tickets carry: checked on every ticket and in conditions",
  ),
);

/** The rule set's own words: its clause catalogue and citation form, its roles, its obligations' names. */
const vocabulary = obj(
  ['clauses', 'roles', 'obligations'],
  {
    values: ticketValues,
    clauses: list(
      obj(['id', 'cite', 'heading', 'evaluable'], {
        id: {
          type: 'string',
          minLength: 1,
          maxLength: 40,
          pattern: '^\\S+$',
          description: d(
            '条款编号，按本办公室的编号写法，须加引号，如 “3.1”、“二.1”',
            "Clause id in the office's own numbering, quoted, e.g. 3.1 or 二.1 in quotes",
          ),
        },
        cite: ref(
          'text',
          d(
            '引用该条款时的写法，如 第三条第（一）项、二（一）',
            'How a citation of the clause reads, e.g. 第三条第（一）项, 二（一）',
          ),
        ),
        heading: { type: 'string', minLength: 1, description: d('条款标题（中文）', 'Clause heading (Chinese)') },
        gloss: { type: 'string', description: d('英文释义', 'English gloss') },
        text: ref('quote'),
        evaluable: {
          type: 'boolean',
          description: d(
            '是否须由规则体现（未被引用时 hotline check 警告）',
            'Whether a rule must encode it (hotline check warns when none cites it)',
          ),
        },
      }),
      '条款目录',
      'Clause catalogue',
    ),
    roles: list(
      named(
        { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9-]*$', description: d('角色标识', 'Role id') },
        '角色',
        'The role',
      ),
      '角色',
      'Roles',
    ),
    obligations: list(named(ref('obligation'), '义务', 'The obligation'), '义务名称', 'Obligation names'),
  },
  d('本规则集的词汇（条款、角色、义务名称）', "The rule set's vocabulary (clauses, roles, obligation names)"),
);

/** Schema file → [title, root properties]. Every key of a topic file is required. */
export const TOPIC_SCHEMAS: Record<string, { title: string; properties: Record<string, Json> }> = {
  'ticket-types.schema.json': {
    title: d('工单类型与时限', 'Ticket types and time limits'),
    properties: {
      ticketTypes: list(ticketType, '工单类型', 'Ticket types'),
      commonDeadlines: arr(
        ref('timeLimit'),
        d('与类型无关的时限（如 4.1 派单）', 'Limits independent of the type (e.g. 4.1 dispatch)'),
      ),
    },
  },
  'returns.schema.json': {
    title: d('退单', 'Returns'),
    properties: { returns: list(returnRule, '退单规则', 'Return rules') },
  },
  'extensions.schema.json': {
    title: d('延期', 'Extensions'),
    properties: { extensions: list(extension, '延期规则', 'Extension rules') },
  },
  'first-contact.schema.json': { title: d('先行联系', 'First contact'), properties: { firstContact } },
  'escalation.schema.json': { title: d('分级督办', 'Escalation'), properties: { escalation } },
  'reminders.schema.json': {
    title: d('催办', 'Reminders'),
    properties: { reminders: list(reminder, '催办规则', 'Reminder rules') },
  },
  'review.schema.json': {
    title: d('办结报告审核', 'Closing-report review'),
    properties: {
      review: obj(
        ['id', 'clause', 'points'],
        {
          ...base,
          name: ref('text', d('审核在原文中的名称', 'What the text calls the review')),
          submittedBy: ref('role', d('提交（及重新提交）办结报告的角色', 'Who submits and resubmits the report')),
          points: list(point, '审核要点', 'Review points'),
          blocksCompletion: {
            type: 'boolean',
            description: d(
              '未通过审核的办结报告不视为办结（需重新提交）',
              'A failing report does not complete the ticket (it is resubmitted)',
            ),
          },
        },
        d('办结报告审核', 'Closing-report review'),
      ),
    },
  },
  'notifications.schema.json': {
    title: d('报送', 'Notifications'),
    properties: { notifications: list(notification, '报送规则', 'Notification rules') },
  },
  'assessment.schema.json': { title: d('考核约谈', 'Assessment'), properties: { assessment } },
  'monthly.schema.json': {
    title: d('月度说明', 'Monthly'),
    properties: { monthly: list(monthly, '月度规则', 'Monthly rules') },
  },
  'knowledge-base.schema.json': {
    title: d('知识库', 'Knowledge base'),
    properties: { knowledgeBase: list(knowledgeBase, '知识库规则', 'Knowledge-base rules') },
  },
  'vocabulary.schema.json': {
    title: d('规则集词汇', 'Vocabulary of the rule set'),
    properties: { vocabulary },
  },
};
