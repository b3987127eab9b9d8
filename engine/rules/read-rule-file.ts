/** Reads one rule file through the rules source: YAML with positions, then its schema (skipped on syntax errors), then its modeline. */
import { posix } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { fileDiagnostic } from './rule-diagnostics.ts';
import { type RulesSource, resolveInside } from './rule-source.ts';
import { ruleValidator } from './rule-validators.ts';
import { schemaDiagnostics } from './schema-check.ts';
import { INDEX_SCHEMA, modelineSchema, TOPICS, type Topic, topicOf } from './topics.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface RuleFile {
  /** Root-relative POSIX path in the source. */
  path: string;
  text: string;
  src: YamlSource;
  /** Undefined for the index file, or when no topic key was found. */
  topic: Topic | undefined;
}

/** The file's text has already been read (`text`); this parses and checks it. */
export function checkRuleText(
  source: RulesSource,
  path: string,
  text: string,
  isIndex: boolean,
  out: Diagnostic[],
): RuleFile {
  const shown = source.show(path);
  const src = parseYamlSource(text, shown);
  out.push(...src.diagnostics);
  const topic = isIndex ? undefined : topicOf(src.value);
  let schema: string | undefined = isIndex ? INDEX_SCHEMA : topic?.schema;
  if (src.value !== undefined && !isIndex && !topic) {
    out.push(
      fileDiagnostic(shown, 'RULE_TOPIC_UNKNOWN', {
        zh: `无法判断专题：文件应以下列键之一开头：${TOPICS.flatMap((t) => t.keys).join('、')}`,
        en: `unknown topic: the file should have one of the top-level keys ${TOPICS.flatMap((t) => t.keys).join(', ')}`,
      }),
    );
    schema = undefined;
  }
  if (schema && src.value !== undefined) out.push(...schemaDiagnostics(ruleValidator(schema), src));
  if (schema) checkModeline(source, path, text, shown, schema, out);
  return { path, text, src, topic };
}

/**
 * The `$schema=` of the first lines names this file's schema. A relative path inside the rules
 * root must exist there; one that leaves the root (an absolute path, a copy elsewhere) is judged by
 * its file name alone, since nothing outside the root is ever looked at.
 */
function checkModeline(
  source: RulesSource,
  path: string,
  text: string,
  shown: string,
  schema: string,
  out: Diagnostic[],
) {
  const named = modelineSchema(text);
  const line = `# yaml-language-server: $schema=…/${schema}`;
  if (named && posix.basename(named) === schema) {
    const inside = resolveInside(posix.dirname(path), named);
    if (inside === undefined || source.has(inside)) return;
  }
  out.push(
    fileDiagnostic(
      shown,
      'RULE_MODELINE',
      named
        ? {
            zh: `首行的 $schema=${named} 不是本文件的模式或路径不存在，应为 ${line}`,
            en: `the first line's $schema=${named} is not this file's schema or does not exist; expected ${line}`,
          }
        : {
            zh: `文件首行缺少 ${line}（VS Code 据此补全与校验）`,
            en: `the file does not start with ${line} (VS Code uses it for completion and checks)`,
          },
      'warning',
    ),
  );
}
