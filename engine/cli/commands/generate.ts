import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import {
  generateTickets,
  generationWindow,
  generatorInputs,
  HotlineError,
  type Lang,
  loadCalendar,
  SCHEMA_DIR,
} from '../../index.ts';
import { action, count as formatCount, langOf } from '../output.ts';
import { progressBar } from '../progress.ts';

interface GenerateOptions {
  count: string;
  seed: string;
  from: string;
  to: string;
  asOf?: string;
  format?: string;
  out?: string;
  calendar?: string;
  rules?: string;
  ruleset?: string;
  profile?: string;
}

/** Most tickets `hotline generate` will write as separate files. */
export const MAX_TICKET_FILES = 10_000;
export const MAX_COUNT = 10_000_000;
/** Flush output in chunks of about this many characters. */
const CHUNK = 1 << 16;

function optionError(zh: string, en: string): HotlineError {
  return new HotlineError('GENERATE_OPTION_INVALID', { zh, en });
}

function parseCount(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 0 || n > MAX_COUNT) {
    throw optionError(
      `--count 的值“${value}”无效，应为 1 至 ${MAX_COUNT.toLocaleString('en')} 之间的整数`,
      `--count "${value}" is not valid; expected an integer from 1 to ${MAX_COUNT.toLocaleString('en')}`,
    );
  }
  return n;
}

function parseSeed(value: string): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    throw optionError(
      `--seed 的值“${value}”无效，应为 0 至 ${Number.MAX_SAFE_INTEGER} 之间的整数`,
      `--seed "${value}" is not valid; expected an integer from 0 to ${Number.MAX_SAFE_INTEGER}`,
    );
  }
  return n;
}

/** Where the tickets go: stdout, one file, or one YAML file per ticket in a directory. */
type Target = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'dir'; path: string };

function targetOf(format: 'jsonl' | 'json' | 'yaml', out: string | undefined, count: number): Target {
  if (out === undefined || out === '-') return { kind: 'stdout' };
  const path = resolve(out);
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const ext = extname(path).toLowerCase();
  if (format === 'yaml' && (isDir || (ext !== '.yaml' && ext !== '.yml'))) {
    if (count > MAX_TICKET_FILES) {
      throw optionError(
        `拒绝写入 ${count} 个文件：--format yaml --out <目录> 每张工单一个文件，最多 ${MAX_TICKET_FILES} 个。请减少 --count，或改用 --format jsonl（单个文件），或 --out 指定 .yaml 文件（多文档 YAML）`,
        `refusing to write ${count} files: --format yaml --out <dir> writes one file per ticket, at most ${MAX_TICKET_FILES}. Lower --count, use --format jsonl (one file), or give --out a .yaml file (multi-document YAML)`,
      );
    }
    if (existsSync(path) && !isDir) {
      throw optionError(`--out “${out}” 已存在且不是目录`, `--out "${out}" exists and is not a directory`);
    }
    return { kind: 'dir', path };
  }
  if (isDir) {
    throw optionError(
      `--out “${out}” 是目录；--format ${format} 写入单个文件`,
      `--out "${out}" is a directory; --format ${format} writes a single file`,
    );
  }
  return { kind: 'file', path };
}

/** Buffered writes that respect backpressure, so a million tickets never queue up in memory. */
class Sink {
  private buffer = '';
  private broken = false;
  error: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      // A closed pipe (`| head`) ends the run quietly; anything else is reported at the end.
      if (e.code === 'EPIPE') this.broken = true;
      else this.error = e;
    });
  }

  get closed(): boolean {
    return this.broken || this.error !== undefined;
  }

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0 || this.closed) return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await this.drained();
  }

  /** Resolves on 'drain', or when the stream closes or fails (the error is kept by the listener above). */
  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }

  async end(closeStream: boolean): Promise<void> {
    await this.flush();
    if (closeStream && !this.closed) {
      this.stream.end();
      await once(this.stream, 'finish');
    }
    if (this.error) throw this.error;
  }
}

type Format = 'jsonl' | 'json' | 'yaml';

/** The format a file name asks for: `.json` a JSON array, `.jsonl`/`.ndjson` JSON Lines, `.yaml`/`.yml` YAML. */
export function formatOfName(out: string | undefined): Format | undefined {
  if (out === undefined || out === '-') return undefined;
  const ext = extname(out).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (existsSync(out) && statSync(out).isDirectory()) return 'yaml';
  return undefined;
}

/** `--format`, or the format the `--out` name asks for (JSON Lines otherwise); a contradiction is an error. */
function outputFormat(given: string | undefined, out: string | undefined): Format {
  const byName = formatOfName(out);
  if (given === undefined) return byName ?? 'jsonl';
  const format = given.toLowerCase();
  if (format !== 'jsonl' && format !== 'json' && format !== 'yaml') {
    throw optionError(
      `--format 的值“${given}”无效，应为 jsonl、json 或 yaml`,
      `--format "${given}" is not valid; expected jsonl, json or yaml`,
    );
  }
  if (byName !== undefined && byName !== format) {
    throw optionError(
      `--format ${format} 与 --out “${out}”的扩展名不符（该文件名对应 ${byName}）`,
      `--format ${format} does not match the name of --out "${out}" (that name means ${byName})`,
    );
  }
  return format;
}

function yamlHeader(dir: string): string {
  const schema = relative(dir, join(SCHEMA_DIR, 'ticket.schema.json')).split('\\').join('/');
  return `# yaml-language-server: $schema=${schema}\n`;
}

function summary(lang: Lang, n: number, where: string, ms: number): string {
  const s = (ms / 1000).toFixed(1);
  return lang === 'en'
    ? `generated ${formatCount(n)} ticket(s) → ${where} (${s} s)\n`
    : `已生成 ${formatCount(n)} 张工单 → ${where}（用时 ${s} 秒）\n`;
}

/**
 * `hotline generate --count N --seed S --from <date> --to <date>` — synthetic tickets for
 * simulations and benchmarks, reproducible by seed, streamed (JSON Lines by default).
 */
export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('生成模拟工单（可按种子复现，不含任何个人信息）/ generate synthetic tickets')
    .requiredOption('--count <n>', `工单数量，1 至 ${MAX_COUNT} / number of tickets`)
    .option('--seed <n>', '随机种子（整数），相同种子生成相同工单 / seed', '1')
    .requiredOption('--from <date>', '收单时间窗口起点 YYYY-MM-DD（或 ISO 8601 时间）/ window start')
    .requiredOption('--to <date>', '收单时间窗口终点 YYYY-MM-DD（含当日）/ window end (inclusive date)')
    .option('--as-of <date>', '快照时刻，之后的事件不生成；默认为窗口终点 / snapshot (default: end of window)')
    .option(
      '--format <format>',
      '输出格式 jsonl | json | yaml，默认按 --out 的扩展名（.json 为 JSON 数组，.jsonl 为 JSON Lines）/ output format (default: by the --out file name)',
    )
    .option('--out <path>', '输出文件；--format yaml 时为目录（每张工单一个文件）/ output file, or directory for yaml')
    .option('--calendar <file>', '日历文件 / calendar file')
    .option('--rules <dir>', '规则目录（默认 rules）/ rules root')
    .option(
      '--ruleset <id>',
      "办公室的规则集，期限等一律取自它（默认为规则目录的默认规则集）/ the office's rule set (default: the default one)",
    )
    .option(
      '--profile <file>',
      '人群构成文件（默认 <规则目录>/<规则集>/population.yaml）/ population profile (default: beside the rule set)',
    )
    .action(
      action(async (opts: GenerateOptions, cmd: Command) => {
        const lang = langOf(cmd.optsWithGlobals());
        const count = parseCount(opts.count);
        const seed = parseSeed(opts.seed);
        const format = outputFormat(opts.format, opts.out);
        generationWindow(opts.from, opts.to, { from: '--from', to: '--to' });
        const target = targetOf(format, opts.out, count);
        const calendar = loadCalendar(opts.calendar ? { file: opts.calendar } : {});
        const tickets = generateTickets({
          count,
          seed,
          from: opts.from,
          to: opts.to,
          calendar,
          ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
          ...generatorInputs({
            ...(opts.rules !== undefined ? { rulesDir: resolve(opts.rules) } : {}),
            ...(opts.ruleset !== undefined ? { office: opts.ruleset } : {}),
            ...(opts.profile !== undefined ? { profileFile: resolve(opts.profile) } : {}),
          }),
        });

        // No bar between tickets printed on the same terminal.
        const bar = progressBar({
          lang,
          label: { zh: '生成中', en: 'generating' },
          total: count,
          json: target.kind === 'stdout' && process.stdout.isTTY === true,
        });
        const t0 = performance.now();
        let done = 0;
        try {
          if (target.kind === 'dir') {
            mkdirSync(target.path, { recursive: true });
            const header = yamlHeader(target.path);
            for (const t of tickets) {
              writeFileSync(join(target.path, `${t.id}.yaml`), header + stringify(t, { lineWidth: 0 }));
              if (++done % 1000 === 0) bar.update(done);
            }
          } else {
            const stream = target.kind === 'stdout' ? process.stdout : createWriteStream(target.path);
            const sink = new Sink(stream);
            if (format === 'json') await sink.write('[\n');
            for (const t of tickets) {
              if (sink.closed) break;
              const text =
                format === 'yaml'
                  ? `---\n${stringify(t, { lineWidth: 0 })}`
                  : format === 'json'
                    ? `${done > 0 ? ',\n' : ''}${JSON.stringify(t)}`
                    : `${JSON.stringify(t)}\n`;
              await sink.write(text);
              if (++done % 1000 === 0) bar.update(done);
            }
            if (format === 'json' && !sink.closed) await sink.write(done > 0 ? '\n]\n' : ']\n');
            await sink.end(target.kind === 'file');
          }
        } finally {
          bar.update(done);
          bar.stop();
        }
        if (target.kind !== 'stdout') {
          process.stderr.write(summary(lang, done, opts.out ?? target.path, performance.now() - t0));
        }
      }),
    );
}
