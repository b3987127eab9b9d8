/** Schemas of the main rule shapes: ticket types, returns, extensions, first contact, escalation. */
import { arr, base, d, int, obj, ref } from './schema-builders.ts';

const RETURN_FIELDS = [
  'reason',
  'basis',
  'suggestedAssignee',
  'siteVerification',
  'attachments',
  'legalCitation',
  'emergencyMeasures',
];
const returnFields = arr(
  { type: 'string', enum: RETURN_FIELDS },
  d('退单申请须填写的内容', 'Fields the return application needs'),
);

export const ticketType = obj(
  ['id', 'clause', 'name', 'priority', 'when', 'special', 'deadlines'],
  {
    ...base,
    id: ref('ticketTypeId'),
    name: ref('text', d('类型名称', 'Type name')),
    priority: int(
      1,
      d('多个类型同时匹配时的优先顺序，数字小者适用', 'Precedence when several types match: the lowest governs'),
    ),
    when: ref(
      'condition',
      d('工单属于此类型的条件；普通工单为 {all: []}', 'When a ticket is of this type; normal is {all: []}'),
    ),
    special: {
      type: 'boolean',
      description: d(
        '是否特殊工单（适用退单规则中的特殊工单规定）',
        'Whether it is a special ticket for the return rules',
      ),
    },
    deadlines: arr(
      ref('timeLimit'),
      d(
        '此类型的时限，逐项列明，不继承；原文未定时限的类型为 []',
        'Time limits of this type, each listed, none inherited; [] for a type the text gives no limit',
      ),
    ),
  },
  d('工单类型', 'Ticket type'),
);

export const returnRule = obj(
  [
    'id',
    'clause',
    'appliesTo',
    'window',
    'applicant',
    'approval',
    'formRequired',
    'requiredFields',
    'requiredFieldsByDisputeKind',
    'prerequisites',
  ],
  {
    ...base,
    appliesTo: arr(ref('ticketTypeId'), d('适用的工单类型', 'Ticket types covered'), 1),
    window: ref('window', d('退单申请时限', 'Window to apply for a return')),
    applicant: ref('role', d('申请人', 'Who applies')),
    approval: ref('roles', d('审批链，依次', 'Approval chain, in order')),
    escalated: obj(
      ['approval', 'filing', 'clause'],
      {
        approval: ref('roles'),
        filing: ref('roles', d('备案机构', 'Filed with')),
        clause: ref('clauseId'),
        text: ref('quote'),
      },
      d('退单被驳回或拟指派单位拒接后的审批链', 'Chain after a rejection or refusal'),
    ),
    formRequired: { type: 'boolean', description: d('是否需填报退单申请表', 'Whether the return form is needed') },
    requiredFields: returnFields,
    requiredFieldsByDisputeKind: obj(
      [],
      { territory: returnFields, facility: returnFields, authority: returnFields, other: returnFields },
      d('按异议类型追加的内容', 'Extra fields by dispute kind'),
    ),
    prerequisites: arr(ref('text'), d('申请前须完成的事项', 'What must be done before applying')),
  },
  d('退单规则', 'Return rule'),
);

export const extension = obj(
  ['id', 'clause', 'appliesTo', 'window', 'approvedBy', 'cap', 'becomes', 'requiredFields', 'notifyCitizen'],
  {
    ...base,
    appliesTo: arr(ref('ticketTypeId'), d('可申请延期的工单类型', 'Ticket types that may apply'), 1),
    window: ref('window', d('申请延期的时限', 'Window to apply')),
    approvedBy: ref('role', d('批准方', 'Approved by')),
    cap: ref('period', d('在原办结时限上最多延长', 'At most this much beyond the completion limit')),
    becomes: ref('ticketTypeId', d('批准后视为的工单类型', 'Ticket type once approved')),
    requiredFields: arr(
      { type: 'string', enum: ['reason', 'workdays', 'plan'] },
      d('申请须说明的内容', 'What the application states'),
    ),
    notifyCitizen: { type: 'boolean', description: d('是否须告知市民', 'Whether the citizen must be told') },
    grant: {
      type: 'string',
      enum: ['requested-days', 'full-cap'],
      enumDescriptions: [
        d('按申请的天数延期，最多 cap（默认）', 'The days applied for, at most the cap (default)'),
        d('一经批准即按 cap 全额延期', 'An approval always grants the full cap'),
      ],
      description: d('批准后延期的天数（开放解读）', 'What an approval adds (an open reading)'),
    },
    alsoMoves: arr(
      ref('obligation'),
      d(
        '随延期顺延相同工作日数的其他时限（如回访）',
        'Other working-day limits of the base type that move by the granted days (e.g. the revisit)',
      ),
    ),
  },
  d('延期规则', 'Extension rule'),
);

export const firstContact = obj(
  ['id', 'clause', 'window', 'answeredCallsNeeded', 'unansweredCallsNeeded', 'minInterval'],
  {
    ...base,
    window: ref('window', d('先行联系时限', 'First-contact window')),
    answeredCallsNeeded: int(1, d('有效“双呼先联”次数', 'Answered double calls needed')),
    unansweredCallsNeeded: int(1, d('或“有效双呼未接听”次数', 'Or unanswered double calls needed')),
    minInterval: ref(
      'period',
      d('未接听呼叫之间的最小间隔（“以上”含本数）', 'Minimum interval between unanswered calls (inclusive)'),
    ),
  },
  d('先行联系规则', 'First-contact rule'),
);

const level = obj(['level', 'supervisor', 'clause'], {
  level: { type: 'integer', minimum: 1, maximum: 20, description: d('级别序号（1、2……）', 'Level number (1, 2, …)') },
  name: ref('text', d('本级在原文中的名称（如 一级）', 'What the text calls this level')),
  threshold: ref(
    'period',
    d(
      '触发的回访时，自 from 起已过的工作日数达到此值即进入本级；省略则不设门槛',
      'Elapsed period at the triggering revisit that reaches this level; leave out for none',
    ),
  ),
  supervisor: ref('role', d('督促人', 'Who supervises')),
  redo: ref(
    'period',
    d(
      '自回访起的再次办理期限（回访触发时必填）',
      'Period to handle it again, from the revisit (required for revisit triggers)',
    ),
  ),
  clause: ref('clauseId'),
  text: ref('quote'),
});

export const escalation = obj(
  ['id', 'clause', 'trigger', 'levels'],
  {
    ...base,
    name: ref('text', d('本机制在原文中的名称（如督办、预警）', 'What the text calls the mechanism')),
    triggerName: ref('text', d('触发条件的表述，用于解释（如“回访未解决”）', 'How the trigger reads in explanations')),
    redoBy: ref('role', d('再次办理的角色', 'Who handles it again')),
    from: ref('anchor', d('各级门槛的起算点', 'Anchor of the thresholds')),
    mode: {
      type: 'string',
      enum: ['ladder', 'elapsed-workdays', 'consecutive-unsatisfied'],
      enumDescriptions: [
        d(
          '逐级升级：只能从下一级升入，且须达到本级门槛；首次触发为第一级',
          'One level at a time from the level below, once its threshold is reached; the first is level 1',
        ),
        d('按回访时已过工作日定级', 'Level from working days elapsed at the revisit'),
        d('按连续触发的回访次数定级', 'Level from consecutive triggering revisits'),
      ],
      description: d('定级方式', 'How the level is read'),
    },
    thresholdsFollowExtension: {
      type: 'boolean',
      description: d(
        '批准延期后，各级门槛随办结时限顺延相同工作日数',
        'Thresholds move by the working days an approved extension added',
      ),
    },
    cityRevisitGoverns: {
      type: 'boolean',
      description: d(
        '市级回访结果覆盖本级回访结果，其后的本级回访不再改变级别',
        'A city-level revisit result governs over local ones; later local revisits do not change the level',
      ),
    },
    // `trigger: overdue` (time overdue) or a condition on each revisit; check-escalation.ts checks the rest.
    trigger: {
      description: d(
        '触发升级：回访条件（json-rules-engine 条件），或 overdue（按 of 所指义务期限的逾期时长升级）',
        'What triggers escalation: a condition on each revisit, or `overdue` (the time the deadline of `of` is overdue)',
      ),
      if: { type: 'string' },
      // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword
      then: {
        enum: ['overdue'],
        enumDescriptions: [d('按逾期时长升级', 'By the time a deadline is overdue')],
      },
      else: ref('condition'),
    },
    of: ref(
      'obligation',
      d(
        '逾期触发时：其期限的逾期时长决定级别的义务，如 complete（办结）',
        'With trigger: overdue, the obligation whose overdue deadline counts, e.g. complete',
      ),
    ),
    levels: arr(level, d('各级，门槛递增', 'Levels, thresholds increasing'), 1),
  },
  d('分级督办（回访触发的升级）', 'Escalation triggered by revisits'),
);
