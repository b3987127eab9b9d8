/** Schemas of the version index file and of the two catalogue files. */
import { d, type Json, ref } from './schema-builders.ts';
import { FACT_TYPES } from './vocabulary.ts';

const date = (description: string): Json => ({
  type: 'string',
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description,
});
const str = (description: string, extra: Json = {}): Json => ({ type: 'string', minLength: 1, ...extra, description });

export const RULESET_SCHEMA: { title: string; required: string[]; properties: Record<string, Json> } = {
  title: d('规则集版本索引', 'Rule-set version index'),
  required: ['id', 'version', 'title', 'source', 'effective', 'timeZone', 'calendar', 'settings', 'include'],
  properties: {
    id: str(d('规则集标识，与上级目录名相同', 'Rule-set id, the name of the parent folder'), {
      pattern: '^[a-z0-9][a-z0-9-]*$',
    }),
    version: str(
      d('版本标识，与所在目录名相同，通常为发布日期', 'Version id, the folder name, usually the issue date'),
      {
        pattern: '^[0-9A-Za-z][0-9A-Za-z._-]*$',
      },
    ),
    title: str(d('标题', 'Title')),
    source: {
      type: 'object',
      additionalProperties: false,
      required: ['document', 'issued', 'issuer'],
      description: d('来源文件', 'Source document'),
      properties: {
        document: str(d('文件名称', 'Document title')),
        number: str(d('文号（原文未载明时不写）', 'Document number (left out when the text gives none)')),
        issued: date(d('印发日期', 'Date issued')),
        issuer: str(d('发文机关', 'Issuer')),
      },
    },
    effective: {
      type: 'object',
      additionalProperties: false,
      required: ['from'],
      description: d(
        '生效期间：收到时间（received）落在期间内的工单适用本版本（新老划断）。未写 to 时，至下一版本生效前一日止',
        'Effective range: tickets received inside it use this version. Without `to`, it lasts until the next version starts',
      ),
      properties: {
        from: date(d('生效日（含），北京时间0时起', 'First day in force, from 00:00 Shanghai time')),
        to: date(d('失效前最后一日（含），至24时', 'Last day in force, until 24:00')),
      },
    },
    timeZone: { const: 'Asia/Shanghai', description: d('时区，固定 +08:00', 'Time zone, fixed +08:00') },
    calendar: str(d('工作日历标识（rules/calendars/<id>.yaml）', 'Calendar id (rules/calendars/<id>.yaml)'), {
      pattern: '^[a-z0-9-]+$',
    }),
    settings: {
      type: 'object',
      additionalProperties: false,
      required: ['counting', 'dueSoon'],
      description: d(
        '对原文开放之处的取舍，均可修改并模拟',
        'Readings of the open points of the text; change and simulate',
      ),
      properties: {
        counting: {
          type: 'object',
          additionalProperties: false,
          required: ['startDayCounted', 'naturalDayEndOnHoliday', 'strict'],
          description: d('期间计算（民法典第200–204条）', 'Counting periods (Civil Code arts. 200–204)'),
          properties: {
            startDayCounted: {
              type: 'boolean',
              description: d(
                '开始当日是否计入（民法典第201条：不计入）',
                'Whether the start day counts (art. 201: no)',
              ),
            },
            naturalDayEndOnHoliday: {
              type: 'string',
              enum: ['keep', 'next-working-day'],
              enumDescriptions: [
                d('最后一日为节假日时不顺延', 'Keep a last day on a holiday'),
                d('顺延至节假日后第一个工作日（第203条）', 'Move to the next working day (art. 203)'),
              ],
              description: d('自然日期间最后一日为节假日时', 'Natural-day period ending on a holiday'),
            },
            strict: {
              type: 'boolean',
              description: d('缺少当年节假日通知时拒绝计算，而非临时推算', 'Refuse instead of computing provisionally'),
            },
          },
        },
        dueSoon: {
          type: 'object',
          additionalProperties: false,
          required: ['period'],
          description: d(
            '“临近到期”的期间：办结期限前的最后若干天',
            'The "due soon" period before the completion deadline',
          ),
          properties: { period: ref('period') },
        },
      },
    },
    include: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      description: d(
        '本版本的专题文件，相对于索引文件。草稿可用 ../ 引用其他版本未改动的文件（会有警告）',
        'Topic files of this version, relative to the index file. A draft may reuse unchanged files of another version through ../ (with a warning)',
      ),
      items: { type: 'string', pattern: '^(\\.\\./)*[A-Za-z0-9_][A-Za-z0-9_./-]*\\.ya?ml$' },
    },
  },
};

export const FACTS_SCHEMA: Json = {
  facts: {
    type: 'array',
    minItems: 1,
    description: d('事实目录', 'Fact catalogue'),
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'type', 'description', 'example'],
      properties: {
        name: str(d('事实名称（驼峰）', 'Fact name (camelCase)'), { pattern: '^[a-z][A-Za-z0-9]*$' }),
        type: { type: 'string', enum: [...FACT_TYPES], description: d('取值类型', 'Value type') },
        values: {
          type: 'array',
          minItems: 1,
          items: { type: 'string' },
          description: d('字符串事实的可选值', 'Allowed values of a string fact'),
        },
        description: ref('text'),
        example: { description: d('示例值', 'Example value') },
      },
    },
  },
};
