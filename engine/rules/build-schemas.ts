/**
 * Writes the rule-file schemas to `rules/schema/` from `rules/facts.yaml`, `rules/clauses.yaml`
 * and the DSL vocabularies. Run `npx tsx engine/rules/build-schemas.ts` after changing any of
 * them and commit the output; test/rules/schemas-generated.test.ts fails while they are stale.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFacts } from './catalogues.ts';
import { generateSchemas, schemaText } from './generate-schemas.ts';
import { PACKAGE_ROOT, SCHEMA_DIR } from './paths.ts';

const schemas = generateSchemas(readFacts());
const files: string[] = [];
for (const [name, schema] of Object.entries(schemas)) {
  const file = join(SCHEMA_DIR, name);
  writeFileSync(file, schemaText(schema));
  files.push(file);
}
// Keep `biome check` clean on the output.
const biome = join(PACKAGE_ROOT, 'node_modules', '.bin', 'biome');
if (existsSync(biome)) execFileSync(biome, ['format', '--write', ...files], { stdio: 'ignore' });
process.stdout.write(`wrote ${files.length} schemas to ${SCHEMA_DIR}\n`);
