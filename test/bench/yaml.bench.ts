/**
 * YAML validation cost against its size (issue 10): a rule file and an assessment body of 10k,
 * 30k and 100k keys (`kN: N`, every key an error), checked as the service checks them. The cost
 * must be linear: keys ×10 → CPU time ≤ ×12. Reported as CPU-ms per run (process.cpuUsage, median
 * of rounds) and as ratios against the 10k run of the same round — never a timed test.
 *
 *   npx tsx test/bench/yaml.bench.ts        (about 30 s)
 *
 * Before the fix (yaml's own `uniqueKeys` check and a linear key search per error position), 30k
 * keys took 17 s of server time; 10k → 30k was ×9. The baseline is the YAML parser alone on the
 * same texts (the floor: its own growth is the part of ours we cannot remove).
 */
import { parseDocument } from 'yaml';
import { checkAssessmentInput, checkRulesetVersion, memorySource } from '../../engine/index.ts';

const SIZES = [10_000, 30_000, 100_000];
const ROUNDS = 5;

const yamlOf = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n');

function cpuMs(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

const cases = {
  'baseline: yaml parseDocument alone': (text: string) => parseDocument(text, { uniqueKeys: false }),
  'rule file (index.yaml)': (text: string) =>
    checkRulesetVersion(
      memorySource(new Map([['o/v/index.yaml', text]]), (p) => p),
      'o/v',
    ),
  'assessment body (YAML)': (text: string) => checkAssessmentInput([{ text, file: 'body.yaml', format: 'yaml' }]),
};

const texts = new Map(SIZES.map((n) => [n, yamlOf(n)]));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary: Record<string, Record<string, number>> = {};
for (const [name, run] of Object.entries(cases)) {
  run(texts.get(SIZES[0]!)!); // warm up (schema compilation)
  const times = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  const ratios = new Map<number, number[]>(SIZES.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 === 0 ? SIZES : [...SIZES].reverse();
    const round = new Map<number, number>();
    for (const n of order)
      round.set(
        n,
        cpuMs(() => run(texts.get(n)!)),
      );
    for (const n of SIZES) {
      times.get(n)!.push(round.get(n)!);
      ratios.get(n)!.push(round.get(n)! / round.get(SIZES[0]!)!);
    }
  }
  console.log(`\n${name}`);
  console.log('keys      CPU-ms (median)   ×keys   ×time (median ratio to 10k, same round)');
  summary[name] = {};
  for (const n of SIZES) {
    const ms = median(times.get(n)!);
    const ratio = median(ratios.get(n)!);
    summary[name]![`${n}`] = Math.round(ms);
    summary[name]![`ratio${n}`] = Number(ratio.toFixed(2));
    console.log(
      `${String(n).padEnd(9)} ${ms.toFixed(0).padStart(8)}          ${(n / SIZES[0]!).toFixed(0).padStart(4)}   ${ratio.toFixed(2)}`,
    );
  }
  const worst = median(ratios.get(SIZES[2]!)!);
  console.log(`100k / 10k: ×${worst.toFixed(2)} (target ≤ ×12): ${worst <= 12 ? 'met' : 'NOT met'}`);
}
console.log(JSON.stringify({ bench: 'yaml', node: process.version, summary }));
