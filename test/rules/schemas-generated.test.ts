/** The committed schemas are what engine/rules/build-schemas.ts generates, and they are valid draft-07. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../engine/calendar/period.ts';
import { readFacts } from '../../engine/rules/catalogues.ts';
import { generateOfficeSchemas, generateSchemas } from '../../engine/rules/generate-schemas.ts';
import { loadCatalog } from '../../engine/rules/load-catalog.ts';
import { officeSchemaDir, SCHEMA_DIR } from '../../engine/rules/paths.ts';
import { PERIOD_PATTERN } from '../../engine/rules/period-pattern.ts';
import { createAjv } from '../../engine/rules/schema-check.ts';

const generated = generateSchemas(readFacts());
const catalog = loadCatalog();
const offices = Object.entries(catalog.rulesets).map(([id, versions]) => ({
  id,
  schemas: generateOfficeSchemas(readFacts(), versions[versions.length - 1]!),
}));

describe('generated schemas', () => {
  it.each(Object.keys(generated))('%s is up to date (run `npx tsx engine/rules/build-schemas.ts`)', (name) => {
    const committed = JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8'));
    expect(committed).toEqual(generated[name]);
  });

  it.each(offices.flatMap((o) => Object.keys(o.schemas).map((name) => [o.id, name] as const)))(
    '%s/schema/%s is up to date (run `npx tsx engine/rules/build-schemas.ts`)',
    (id, name) => {
      const committed = JSON.parse(readFileSync(join(officeSchemaDir(id), name), 'utf8'));
      expect(committed).toEqual(offices.find((o) => o.id === id)!.schemas[name]);
    },
  );

  it('an office’s schemas complete its own roles, clauses and ticket types, with their names', () => {
    const xiayang = offices.find((o) => o.id === 'xiayang-12345')!.schemas['escalation.schema.json'] as {
      definitions: Record<string, { enum?: string[]; enumDescriptions?: string[] }>;
    };
    expect(xiayang.definitions.role?.enum).toEqual(['center', 'unit', 'unitHead']);
    expect(xiayang.definitions.role?.enumDescriptions?.[2]).toContain('承办部门负责人');
    // Clause ids as an anyOf of consts, each with its own hover text (yaml-language-server lists all of an enum's).
    const clauses = (xiayang.definitions.clauseId as { anyOf?: { const: string; markdownDescription: string }[] })
      .anyOf;
    expect(clauses?.map((c) => c.const)).toContain('二.1.再次处置');
    expect(clauses?.find((c) => c.const === '二.1.再次处置')?.markdownDescription).toMatch(
      /^\*\*二、1.（再次处置）　再次处置\*\*/,
    );
    const sheshan = offices.find((o) => o.id === 'sheshan-12345')!.schemas['reminders.schema.json'] as typeof xiayang;
    expect(sheshan.definitions.role?.enum).toContain('centerInformationOfficer');
    // A fact whose values the office declares (Sheshan's urgencies) completes them in conditions.
    expect(JSON.stringify(sheshan)).toContain('urgency: string (一般|紧急|次紧急)');
  });

  it('compile in strict mode with meta-schema validation', () => {
    const ajv = createAjv();
    for (const keyword of ['enumDescriptions', 'patternErrorMessage', 'x-check']) ajv.addKeyword({ keyword });
    for (const schema of [...Object.values(generated), ...offices.flatMap((o) => Object.values(o.schemas))])
      expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('every property has a description in Chinese and English (for hover)', () => {
    const missing: string[] = [];
    const visit = (node: unknown, defs: Record<string, { description?: string }>, path: string) => {
      if (Array.isArray(node)) {
        node.forEach((x, i) => {
          visit(x, defs, `${path}[${i}]`);
        });
      }
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      const props = o.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [key, prop] of Object.entries(props ?? {})) {
        if (typeof prop !== 'object') continue; // `true` inside if/else
        const ref = typeof prop.$ref === 'string' ? defs[prop.$ref.replace('#/definitions/', '')] : undefined;
        const text = (prop.description ?? ref?.description) as string | undefined;
        if (!text || !/[\u4e00-\u9fff][\s\S]* \/ \S/.test(text)) missing.push(`${path}.${key}`);
      }
      for (const [k, v] of Object.entries(o))
        if (k !== 'enum' && k !== 'enumDescriptions') visit(v, defs, `${path}/${k}`);
    };
    for (const [name, schema] of Object.entries(generated)) {
      visit(schema, (schema.definitions ?? {}) as Record<string, { description?: string }>, name);
    }
    expect(missing).toEqual([]);
  });

  it('the enums carry the fact catalogue; clause ids and roles are each rule set’s own (no enum)', () => {
    const defs = (
      generated['reminders.schema.json'] as { definitions: Record<string, { enum?: string[]; 'x-check'?: string }> }
    ).definitions;
    expect(defs.factName?.enum).toEqual(readFacts().map((f) => f.name));
    expect(defs.clauseId?.enum).toBeUndefined();
    expect(defs.clauseId?.['x-check']).toBe('RULE_UNKNOWN_CLAUSE');
  });
});

describe('the period pattern', () => {
  const re = new RegExp(PERIOD_PATTERN, 'u');
  const parses = (s: string) => {
    try {
      parsePeriod(s);
      return true;
    } catch {
      return false;
    }
  };

  it('accepts every literal parsePeriod accepts', () => {
    const zhNum = fc.oneof(
      fc.integer({ min: 1, max: 3650 }).map(String),
      fc.constantFrom('一', '两', '三', '五', '十', '十五', '二十', '二十四'),
    );
    const literal = fc.oneof(
      fc
        .tuple(zhNum, fc.constantFrom('', '个', ' 个 '), fc.constantFrom('工作日', '小时', '自然日'))
        .map((p) => p.join('')),
      fc.tuple(zhNum, fc.constantFrom('日', '天', ' 天')).map((p) => p.join('')),
      fc
        .tuple(
          fc.integer({ min: 1, max: 3650 }),
          fc.constantFrom('', ' '),
          fc.constantFrom(
            'workdays',
            'Working Days',
            'business day',
            'hours',
            'h',
            'HRS',
            'days',
            'calendar days',
            'd',
          ),
        )
        .map((p) => p.join('')),
    );
    fc.assert(fc.property(literal, (s) => !parses(s) || re.test(s)));
    fc.assert(fc.property(fc.string(), (s) => !parses(s) || re.test(s)));
  });

  it('rejects what is plainly not a period', () => {
    for (const s of ['', '5', '周', '1周', '5 weeks', '5个月', 'five days', '工作日', '5个工作日以内']) {
      expect(re.test(s), s).toBe(false);
      expect(parses(s), s).toBe(false);
    }
  });
});
