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
      d(
        '多个类型同时匹配时的优先顺序，数字小者适用（解释9）',
        'Precedence when several types match: the lowest governs (interpretation 9)',
      ),
    ),
    when: ref(
      'condition',
      d('工单属于此类型的条件；普通工单为 {all: []}', 'When a ticket is of this type; normal is {all: []}'),
    ),
    special: {
      type: 'boolean',
      description: d(
        '是否特殊工单（3.2，适用特殊退单规则）',
        'Whether it is a special ticket (3.2) for the return rules',
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
      d('退单被驳回或拟指派单位拒接后的审批链（2.1）', 'Chain after a rejection or refusal (2.1)'),
    ),
    formRequired: { type: 'boolean', description: d('是否需填报退单申请表', 'Whether the return form is needed') },
    requiredFields: returnFields,
    requiredFieldsByDisputeKind: obj(
      [],
      { territory: returnFields, facility: returnFields, authority: returnFields, other: returnFields },
      d('按异议类型追加的内容（4.2）', 'Extra fields by dispute kind (4.2)'),
    ),
    prerequisites: arr(ref('text'), d('申请前须完成的事项（3.2.5）', 'What must be done before applying (3.2.5)')),
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
      description: d('批准后延期的天数（3.3/4.4 的开放解读）', 'What an approval adds (open reading of 3.3/4.4)'),
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
  d('先行联系规则（4.3）', 'First-contact rule (4.3)'),
);

const level = obj(['level', 'supervisor', 'redo', 'clause'], {
  level: { type: 'integer', enum: [1, 2, 3, 4], description: d('督办级别', 'Supervision level') },
  threshold: ref(
    'period',
    d(
      '回访不满意时自 from 起已过的工作日数达到此值即进入本级',
      'Elapsed period at the revisit that reaches this level',
    ),
  ),
  name: ref('text', d('本级在原文中的名称，缺省为“n级”', "The level's name in the text; default: level n")),
  supervisor: ref('role', d('督办人', 'Supervisor')),
  redo: ref('period', d('自回访起的重办期限', 'Redo period from the revisit')),
  clause: ref('clauseId'),
  text: ref('quote'),
});

export const escalation = obj(
  ['id', 'clause', 'mode', 'trigger', 'levels'],
  {
    ...base,
    from: ref('anchor', d('各级门槛的起算点（解释3）', 'Anchor of the thresholds (interpretation 3)')),
    mode: {
      type: 'string',
      enum: ['ladder', 'elapsed-workdays', 'consecutive-unsatisfied'],
      enumDescriptions: [
        d(
          '逐级升级：只能从下一级升入，且须达到本级门槛；首次不满意为一级',
          'One level at a time from the level below, once its threshold is reached; the first is level 1',
        ),
        d('按回访时已过工作日定级', 'Level from working days elapsed at the revisit'),
        d('按连续不满意回访次数定级', 'Level from consecutive unsatisfied revisits'),
      ],
      description: d('定级方式（解释8）', 'How the level is read (interpretation 8)'),
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
        '市级回访结果覆盖镇级回访结果（4.5），其后的镇级回访不再改变督办',
        'A city-level revisit result governs over town-level ones (4.5)',
      ),
    },
    trigger: ref('condition', d('触发督办的回访条件', 'When a revisit triggers escalation')),
    levels: arr(level, d('各级督办，门槛递增', 'Levels, thresholds increasing'), 1),
  },
  d('四级督办（2.4）', 'Four-level supervision (2.4)'),
);
