/**
 * The schema of a population profile (`rules/<office>/population.yaml`): how many and how often, for
 * the ticket generator. Every limit comes from the rule set; the profile holds only the mix.
 * The TypeScript shape is engine/simulate/population.ts `PopulationProfile`.
 */
import { arr, d, type Json, obj } from './schema-builders.ts';

const rate = (description: string): Json => ({ type: 'number', minimum: 0, maximum: 1, description });
const weight = (description: string): Json => ({ type: 'number', exclusiveMinimum: 0, description });
const nonNegative = (description: string): Json => ({ type: 'number', minimum: 0, description });
const text: Json = { type: 'string', minLength: 1 };
const range = (description: string, item: Json = { type: 'number', minimum: 0 }): Json => ({
  type: 'array',
  items: item,
  minItems: 2,
  maxItems: 2,
  description,
});

/** Options drawn in turn: each but the last with its chance. */
const choices = (value: Json, description: string): Json =>
  arr(
    obj(['value'], {
      value: { description: d('取值', 'The value'), ...value },
      chance: rate(
        d(
          '取此项的概率（前面各项未取中时）；最后一项不写',
          'Chance of this option (when none before was taken); none on the last',
        ),
      ),
    }),
    description,
    1,
  );

const weighted = (value: Json, description: string): Json =>
  arr(
    obj(['value', 'weight'], {
      value: { description: d('取值', 'The value'), ...value },
      weight: weight(d('相对权重', 'Relative weight')),
    }),
    description,
    1,
  );

const chances = (description: string): Json => ({
  type: 'object',
  additionalProperties: rate(d('填写齐全的概率', 'Chance the field is filled')),
  description,
});

const channel: Json = { enum: ['hotline', 'suishenpai', 'app', 'web', 'other'] };
const outcome: Json = { enum: ['pending', 'approved', 'rejected', 'refused'] };

const kind = obj(
  ['id', 'weight', 'ticketType', 'lateRate', 'completion'],
  {
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9._-]*$',
      description: d('种类 id（生成器自用）', "The kind's id (the generator's own)"),
    },
    weight: weight(d('占比（相对权重）', 'Share (relative weight)')),
    ticketType: {
      type: 'string',
      description: d(
        '规则集中此种类工单的类型 id：期限与窗口由此类型读取',
        "The rule set's ticket type of this kind: limits and windows are read from it",
      ),
    },
    roundTheClock: {
      type: 'boolean',
      description: d(
        '全天候派单、接单和联系（不限办公时间）',
        'Dispatched, accepted and contacted round the clock (not in office hours)',
      ),
    },
    urgency: choices({ enum: ['一般', '紧急', '次紧急'] }, d('紧急程度（依次抽取）', 'Urgency (drawn in turn)')),
    channel: choices(
      channel,
      d('来件渠道（依次抽取）；不写则按 channels 抽取', 'Channel (drawn in turn); without it, drawn from channels'),
    ),
    tags: choices(
      arr(text, d('标签', 'Tags')),
      d('标签（依次抽取）；不写则无标签', 'Tags (drawn in turn); without it, none'),
    ),
    category: choices(text, d('诉求类别（依次抽取）；不写则无', 'Category (drawn in turn); without it, none')),
    secondaryUnits: range(
      d(
        '协办单位数的范围（含两端）；不写则按 secondaryUnitRate',
        'Range of co-handling units (both included); without it, secondaryUnitRate',
      ),
      { type: 'integer', minimum: 0 },
    ),
    lateRate: rate(d('逾期办结的比例', 'Share completed late')),
    completion: obj(
      ['earliest', 'lateBy'],
      {
        earliest: nonNegative(
          d(
            '按时办结最早在受理后多久（单位同办结时限：工作日，或小时）',
            'Earliest on-time completion after acceptance (in the limit unit: working days, or hours)',
          ),
        ),
        lateBy: nonNegative(
          d('逾期时最多超出时限多久（同上单位）', 'At most this much beyond the limit when late (same unit)'),
        ),
        assumedLimit: {
          type: 'integer',
          minimum: 1,
          maximum: 60,
          description: d(
            '仅用于规则集未定办结时限的工单类型：生成器假定的工作日数（不是时限，不据此判定逾期）',
            'Only for a ticket type the rule set gives no completion limit: the working days the generator assumes (not a limit; no deadline is checked against it)',
          ),
        },
      },
      d('办结时刻的分布', 'When tickets are completed'),
    ),
    extension: obj(
      ['rate', 'apply', 'days'],
      {
        rate: rate(d('申请延期的比例', 'Share applying for an extension')),
        apply: obj(
          ['onTime'],
          {
            onTimeShare: rate(d('在申请时限内申请的比例；不写则都在时限内', 'Share applying in time; without it, all')),
            onTime: range(
              d('按时申请的时刻，为申请时限的几分之几', 'When applying in time, as fractions of the window'),
            ),
            late: range(d('逾期申请的时刻，为申请时限的几倍', 'When applying late, as multiples of the window')),
          },
          d(
            '申请时刻（相对规则集的延期申请时限；规则集无延期规则而该类型须经批准的申请方能适用时，相对该类型的办结时限）',
            "When the unit applies (relative to the rule set's window; for a type reached only by an approved application the rule set gives no extension rule, relative to the type's completion limit)",
          ),
        ),
        days: obj(
          ['range'],
          {
            usual: {
              type: 'integer',
              minimum: 1,
              description: d('最常申请的工作日数', 'The usual number of working days asked for'),
            },
            usualShare: rate(d('申请 usual 天的比例', 'Share asking for the usual days')),
            range: range(d('其余申请天数的范围（含两端）', 'Range of the other requests (both included)'), {
              type: 'integer',
              minimum: 1,
            }),
          },
          d('申请的工作日数', 'Working days asked for'),
        ),
        grant: {
          enum: ['requested-days', 'full-cap'],
          description: d(
            '获批后办结时限增加多少；不写则按规则集 grant',
            "What an approval adds; without it, the rule set's grant",
          ),
        },
      },
      d('延期申请；不写则此种类不申请延期', 'Extension requests; without it, this kind never applies'),
    ),
  },
  d('一种工单', 'One kind of ticket'),
);

export const POPULATION_SCHEMA = {
  title: d('模拟工单人群构成', 'Population profile of synthetic tickets'),
  description: d(
    '某办公室模拟工单的构成：种类及占比、渠道、单位、回访结果等；期限一律取自规则集',
    "An office's synthetic-ticket mix: kinds and shares, channels, units, revisit results; every limit comes from the rule set",
  ),
  required: [
    'office',
    'defaultUrgency',
    'kinds',
    'channels',
    'flags',
    'units',
    'secondaryUnitRate',
    'returns',
    'extensions',
    'closingReport',
    'revisits',
  ],
  properties: {
    office: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', description: d('规则集 id', 'Rule-set id') },
    defaultUrgency: {
      enum: ['一般', '紧急', '次紧急'],
      description: d('种类未规定时的紧急程度', 'Urgency unless the kind sets one'),
    },
    kinds: arr(kind, d('工单种类，顺序即抽取顺序', 'Kinds of tickets, in draw order'), 1),
    channels: weighted(channel, d('来件渠道', 'Channels')),
    flags: arr(
      obj(['flag', 'rate'], {
        flag: {
          enum: ['mediaExposed', 'sensitive', 'groupComplaint', 'outOfJurisdiction'],
          description: d('工单的标记（flags 中的字段）', 'A ticket flag (a field of its flags)'),
        },
        rate: rate(d('出现概率', 'Rate')),
        notDispatched: {
          type: 'boolean',
          description: d('带此标记的工单不派单', 'A ticket with it is never dispatched'),
        },
      }),
      d('标记，依次独立抽取', 'Flags, drawn in turn'),
    ),
    units: arr(
      obj(['name', 'weight'], {
        name: {
          ...text,
          description: d('单位名称；有 count 时 {n} 为序号', 'Unit name; with count, {n} is the number'),
        },
        weight: weight(d('承办频率（相对权重）', 'How often it gets a ticket (relative weight)')),
        count: { type: 'integer', minimum: 1, description: d('同类单位的个数', 'How many such units') },
      }),
      d('承办单位', 'Handling units'),
      1,
    ),
    secondaryUnitRate: rate(d('有一个协办单位的概率', 'Chance of one co-handling unit')),
    returns: obj(
      [
        'rate',
        'onTimeShare',
        'disputeKinds',
        'fields',
        'fieldsByDisputeKind',
        'specialFields',
        'outcomes',
        'againRate',
      ],
      {
        rate: rate(d('申请退单的比例', 'Share applying for a return')),
        onTimeShare: rate(d('在退单时限内申请的比例', 'Share applying within the window')),
        disputeKinds: weighted(
          { enum: ['territory', 'facility', 'authority', 'other'] },
          d('争议类型', 'Dispute kinds'),
        ),
        fields: chances(d('非特殊工单各项', 'Fields of a non-special application')),
        fieldsByDisputeKind: {
          type: 'object',
          propertyNames: { enum: ['territory', 'facility', 'authority', 'other'] },
          additionalProperties: chances(d('该争议类型另需的项', 'Extra fields of the dispute kind')),
          description: d('按争议类型另需的项', 'Extra fields by dispute kind'),
        },
        specialFields: chances(d('特殊工单各项', 'Fields of a special application')),
        outcomes: obj(
          ['first', 'again'],
          {
            first: weighted(outcome, d('首次申请的结果', 'Outcome of the first application')),
            again: weighted(outcome, d('再次申请的结果', 'Outcome of the escalated application')),
          },
          d('审批结果的权重', 'Weights of the outcomes'),
        ),
        againRate: rate(d('驳回或拒收后再次申请的概率', 'Chance of applying again after a rejection or refusal')),
      },
      d('退单申请（规则集无相应退单规则时不生成）', 'Return applications (none where the rule set has no return rule)'),
    ),
    extensions: obj(
      ['fields', 'approvedRate'],
      {
        fields: chances(d('各项填写齐全的概率（reason、plan）', 'Chance of each field (reason, plan)')),
        approvedRate: rate(d('获批的比例', 'Share approved')),
      },
      d('延期申请（规则集无延期规则时不生成）', 'Extension requests (none where the rule set has no extension rule)'),
    ),
    closingReport: obj(
      ['failRate', 'singleFailureShare'],
      {
        failRate: rate(d('审核不通过的比例', 'Share failing the review')),
        singleFailureShare: rate(
          d('其中只有一项不通过的比例（其余两项）', 'Of those, share failing one point (the rest two)'),
        ),
      },
      d(
        '办结报告（审核要点取自规则集；无审核专题时不生成）',
        'Closing reports (points from the rule set; none without a review topic)',
      ),
    ),
    revisits: obj(
      ['results', 'redoRate'],
      {
        results: arr(
          obj(['value', 'first', 'later', 'resolvedRate'], {
            value: { ...text, description: d('回访结果（办公室自己的用语）', "Revisit result (the office's words)") },
            first: nonNegative(d('首次回访的权重', 'Weight at the first revisit')),
            later: nonNegative(d('重办后回访的权重', 'Weight after a redo')),
            resolvedRate: rate(d('问题已解决的概率', 'Chance the problem is resolved')),
          }),
          d('回访结果', 'Revisit results'),
          1,
        ),
        redoRate: rate(
          d('触发督办的回访后安排重办的概率', 'Chance of a redo after a revisit that triggers escalation'),
        ),
      },
      d(
        '回访与重办（重办轮数至多为规则集的督办级数）',
        "Revisits and redos (at most as many redos as the rule set's levels)",
      ),
    ),
  } as Record<string, Json>,
};
