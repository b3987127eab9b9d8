/**
 * Semantic checks of one rule file, on its plain value (they run even when the schema found
 * problems, so every mistake of a file is reported at once): clause ids, period literals and their
 * anchors, ticket-type references, conditions, escalation order.
 */
import { parsePeriod } from '../calendar/period.ts';
import type { ClauseDef, FactDef } from './catalogues.ts';
import { checkCondition } from './check-conditions.ts';
import { checkEscalationOrder, checkEscalationShape } from './check-escalation.ts';
import { PERIOD_HELP } from './period-pattern.ts';
import { isObject, type Report, suggestion } from './rule-diagnostics.ts';
import type { PathSegment, YamlSource } from './yaml-source.ts';

const PERIOD_KEYS = new Set(['period', 'cap', 'threshold', 'redo', 'minInterval']);
const CONDITION_KEYS = new Set(['when', 'trigger']);
/** Keys whose value is a role, or a list of roles, of the rule set's vocabulary. */
const ROLE_KEYS = new Set([
  'responsible',
  'applicant',
  'approval',
  'approvedBy',
  'supervisor',
  'to',
  'filing',
  'reportTo',
  'bottom',
  'repeated',
  'by',
  'redoBy',
  'submittedBy',
]);

export interface FileCheckContext {
  facts: Map<string, FactDef>;
  clauses: readonly ClauseDef[];
  /** Ticket types the version defines (undefined when its ticket-types file could not be read). */
  definedTypes: ReadonlySet<string> | undefined;
  /** Roles the version's vocabulary declares (undefined when it could not be read). */
  roles: ReadonlySet<string> | undefined;
  /** Topic files must anchor every period; the index's `dueSoon.period` has an implicit anchor. */
  anchors: boolean;
  report: Report;
}

export function checkRuleFile(src: YamlSource, ctx: FileCheckContext): void {
  walk(src, src.value, [], ctx);
  if (isObject(src.value) && isObject(src.value.escalation)) {
    const esc = src.value.escalation;
    // Thresholds past a deadline (trigger: overdue) are anchored on that deadline.
    if (ctx.anchors && esc.from === undefined && esc.trigger !== 'overdue') {
      ctx.report(
        src,
        ['escalation'],
        'RULE_PERIOD_NO_ANCHOR',
        {
          zh: '升级各级的门槛期限缺少起算点：请写 from（如 from: accepted）',
          en: 'the escalation thresholds have no anchor: add `from` (e.g. from: accepted)',
        },
        { key: true },
      );
    }
    checkEscalationOrder(src, esc, ['escalation'], ctx.report);
    checkEscalationShape(src, esc, ['escalation'], ctx.report);
  }
}

function walk(src: YamlSource, value: unknown, path: PathSegment[], ctx: FileCheckContext): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walk(src, v, [...path, i], ctx);
    });
    return;
  }
  if (!isObject(value)) return;
  if (ctx.anchors && typeof value.period === 'string' && value.from === undefined) {
    ctx.report(
      src,
      [...path, 'period'],
      'RULE_PERIOD_NO_ANCHOR',
      {
        zh: `期限“${value.period}”缺少起算点：请写 from（received、dispatched、accepted、completed、revisited、published、monthEnd）`,
        en: `period "${value.period}" has no anchor: add \`from\` (received, dispatched, accepted, completed, revisited, published, monthEnd)`,
      },
      { key: true },
    );
  }
  for (const [key, v] of Object.entries(value)) {
    const at = [...path, key];
    if (CONDITION_KEYS.has(key)) checkCondition(src, v, at, ctx);
    else if (key === 'clause' && typeof v === 'string') checkClause(src, v, at, ctx);
    else if (PERIOD_KEYS.has(key) && typeof v === 'string') checkPeriod(src, v, at, ctx);
    else if (key === 'appliesTo' && Array.isArray(v))
      v.forEach((t, i) => {
        checkType(src, t, [...at, i], ctx);
      });
    else if (key === 'becomes') checkType(src, v, at, ctx);
    else if (ROLE_KEYS.has(key) && path[0] !== 'vocabulary' && path[0] !== 'effective') checkRoles(src, v, at, ctx);
    else if (key === 'id' && path.length === 2 && path[0] === 'ticketTypes') checkType(src, v, at, ctx, false);
    else walk(src, v, at, ctx);
  }
}

function checkClause(src: YamlSource, id: string, path: PathSegment[], ctx: FileCheckContext) {
  const ids = ctx.clauses.map((c) => c.id);
  if (ids.includes(id)) return;
  const s = suggestion(id, ids);
  ctx.report(src, path, 'RULE_UNKNOWN_CLAUSE', {
    zh: `未知条款编号“${id}”${s.zh}；条款编号见本版本 vocabulary.yaml 的 clauses`,
    en: `unknown clause id "${id}"${s.en}; clause ids are listed in this version's vocabulary.yaml clauses`,
  });
}

function checkPeriod(src: YamlSource, literal: string, path: PathSegment[], ctx: FileCheckContext) {
  try {
    parsePeriod(literal);
  } catch {
    ctx.report(src, path, 'RULE_PERIOD_INVALID', {
      zh: `期限“${literal}”无法识别。${PERIOD_HELP.zh}（数量为1至3650的整数）`,
      en: `cannot read the period "${literal}". ${PERIOD_HELP.en} (a whole number from 1 to 3650)`,
    });
  }
}

function checkType(src: YamlSource, id: unknown, path: PathSegment[], ctx: FileCheckContext, mustBeDefined = true) {
  if (typeof id !== 'string' || !mustBeDefined || !ctx.definedTypes || ctx.definedTypes.has(id)) return;
  const known = [...ctx.definedTypes];
  const s = suggestion(id, known);
  ctx.report(src, path, 'RULE_UNKNOWN_TICKET_TYPE', {
    zh: `工单类型“${id}”未在本版本的 ticketTypes 中定义${s.zh}；已定义：${known.join('、')}`,
    en: `ticket type "${id}" is not defined in this version's ticketTypes${s.en}; defined: ${known.join(', ')}`,
  });
}

/** A role (or each of a list) must be one the vocabulary declares. */
function checkRoles(src: YamlSource, value: unknown, path: PathSegment[], ctx: FileCheckContext) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkRoles(src, v, [...path, i], ctx);
    });
    return;
  }
  if (typeof value !== 'string' || !ctx.roles || ctx.roles.has(value)) return;
  const known = [...ctx.roles];
  const s = suggestion(value, known);
  ctx.report(src, path, 'RULE_UNKNOWN_ROLE', {
    zh: `角色“${value}”未在本版本 vocabulary.yaml 的 roles 中声明${s.zh}；已声明：${known.join('、')}`,
    en: `role "${value}" is not declared in this version's vocabulary.yaml roles${s.en}; declared: ${known.join(', ')}`,
  });
}
