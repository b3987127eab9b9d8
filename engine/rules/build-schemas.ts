/**
 * Writes the rule-file schemas to `rules/schema/` from `rules/facts.yaml` and the DSL
 * vocabularies, and each shipped office's own to `rules/<office>/schema/` (its roles, clauses,
 * ticket types and values closed over). Run `npx tsx engine/rules/build-schemas.ts` after changing any of
 * them and commit the output; test/rules/schemas-generated.test.ts fails while they are stale.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFacts } from './catalogues.ts';
import { generateOfficeSchemas, generateSchemas, schemaText } from './generate-schemas.ts';
import { loadCatalog } from './load-catalog.ts';
import { officeSchemaDir, PACKAGE_ROOT, SCHEMA_DIR } from './paths.ts';

const facts = readFacts();
const files: string[] = [];
const write = (dir: string, schemas: Record<string, unknown>) => {
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(schemas)) {
    const file = join(dir, name);
    writeFileSync(file, schemaText(schema as never));
    files.push(file);
  }
};
write(SCHEMA_DIR, generateSchemas(facts));
// Each shipped office's own schemas (its latest version's words), for completion in its files.
const catalog = loadCatalog();
for (const [id, versions] of Object.entries(catalog.rulesets)) {
  const latest = versions[versions.length - 1];
  if (latest) write(officeSchemaDir(id), generateOfficeSchemas(facts, latest));
}
for (const [id, errors] of Object.entries(catalog.errorsByRuleset ?? {}))
  process.stderr.write(`${id}: not loaded (${errors.length} errors); its schemas were not rewritten\n`);
// Keep `biome check` clean on the output.
const biome = join(PACKAGE_ROOT, 'node_modules', '.bin', 'biome');
if (existsSync(biome)) execFileSync(biome, ['format', '--write', ...files], { stdio: 'ignore' });
process.stdout.write(`wrote ${files.length} schemas (rules/schema and each office's rules/<office>/schema)\n`);
