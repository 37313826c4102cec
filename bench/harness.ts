// Times every benchmark case in one process: warm-up runs (the first one's answers are compared),
// then the median of 5 runs of the fast path and of its named baseline; a slow baseline stops early once
// its time budget is spent (the run count is reported). Writes a Markdown table with the machine.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BenchCase, BenchSuite } from './types';

export const RUNS = 5;
/** The fast path warms up for at least this many runs and this long, so the JIT has tiered up
 * (on a loaded 2-core machine the optimising compiler runs late). */
const WARM_UP_RUNS = 3;
const WARM_UP_MS = 1_000;
const WARM_UP_MAX_RUNS = 30;
const BASELINE_BUDGET_MS = 45_000;

export interface BenchRow {
  readonly suite: string;
  readonly name: string;
  readonly baselineName: string;
  readonly fastMs: number;
  readonly fastRuns: number;
  readonly baselineMs?: number;
  readonly baselineRuns?: number;
  readonly ratio?: number;
  readonly same?: boolean;
  readonly targets: string[];
  readonly missed: string[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function time(fn: () => unknown): { ms: number; result: unknown } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

function timeRuns(fn: () => unknown, budgetMs = Infinity): number[] {
  const times: number[] = [];
  let spent = 0;
  while (times.length < RUNS && (times.length === 0 || spent < budgetMs)) {
    const { ms } = time(fn);
    times.push(ms);
    spent += ms;
  }
  return times;
}

export function runCase(suite: string, c: BenchCase): BenchRow {
  const fastWarm = time(c.fast);
  let warmedMs = fastWarm.ms;
  for (let n = 1; n < WARM_UP_MAX_RUNS && (n < WARM_UP_RUNS || warmedMs < WARM_UP_MS); n++) {
    warmedMs += time(c.fast).ms;
  }
  const fastTimes = timeRuns(c.fast);
  const fastMs = median(fastTimes);
  const targets: string[] = [];
  const missed: string[] = [];
  let baseline: Pick<BenchRow, 'baselineMs' | 'baselineRuns' | 'ratio' | 'same'> = {};
  if (c.baseline) {
    const warm = time(c.baseline);
    const rest =
      warm.ms > BASELINE_BUDGET_MS / RUNS ? [] : timeRuns(c.baseline, BASELINE_BUDGET_MS);
    const times = rest.length > 0 ? rest : [warm.ms];
    const baselineMs = median(times) * (c.baselineScale ?? 1);
    const same = c.same ? c.same(fastWarm.result, warm.result) : undefined;
    baseline = { baselineMs, baselineRuns: times.length, ratio: baselineMs / fastMs, same };
  }
  if (c.target?.minRatio !== undefined) {
    targets.push(`≥ ${c.target.minRatio}×`);
    if (!(baseline.ratio! >= c.target.minRatio))
      missed.push(`ratio ${baseline.ratio?.toFixed(1)}× < ${c.target.minRatio}×`);
  }
  if (c.target?.maxFastMs !== undefined) {
    targets.push(`≤ ${c.target.maxFastMs} ms`);
    if (fastMs > c.target.maxFastMs)
      missed.push(`${fastMs.toFixed(1)} ms > ${c.target.maxFastMs} ms`);
  }
  return {
    suite,
    name: c.name,
    baselineName: c.baselineName,
    fastMs,
    fastRuns: fastTimes.length,
    ...baseline,
    targets,
    missed,
  };
}

export async function runSuite(
  suite: BenchSuite,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  log(`\n▶ ${suite.name}: setting up`);
  const cases = await suite.setup();
  return cases.map((c) => {
    const row = runCase(suite.name, c);
    log(`  ${formatRow(row)}`);
    return row;
  });
}

export function machineInfo(): string {
  const cpu = cpus();
  const memGb = (totalmem() / 2 ** 30).toFixed(1);
  return `${cpu[0]?.model ?? 'unknown CPU'} · ${cpu.length} cores · ${memGb} GB · ${platform()} ${release()} · Node ${process.version}`;
}

const ms = (x: number | undefined) =>
  x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0);

function formatRow(r: BenchRow): string {
  const same = r.same === undefined ? '—' : r.same ? 'yes' : 'NO';
  const ratio = r.ratio === undefined ? '—' : `${r.ratio.toFixed(1)}×`;
  const verdict = r.missed.length
    ? `missed: ${r.missed.join('; ')}`
    : r.targets.length
      ? 'met'
      : '—';
  return `| ${r.name} | ${ms(r.fastMs)} (${r.fastRuns}) | ${r.baselineName} | ${ms(r.baselineMs)}${r.baselineRuns ? ` (${r.baselineRuns})` : ''} | ${ratio} | ${same} | ${r.targets.join(', ') || '—'} | ${verdict} |`;
}

export function resultsTable(rows: readonly BenchRow[]): string {
  const header = [
    '| case | fast ms (runs) | baseline | baseline ms (runs) | ratio | same answers | target | verdict |',
    '|---|---:|---|---:|---:|:-:|---|---|',
  ];
  return [...header, ...rows.map(formatRow)].join('\n');
}

export function writeResults(rows: readonly BenchRow[], outDir: string, extra = ''): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'results.md');
  const text = `# Benchmark results\n\n${new Date().toISOString()} · ${machineInfo()}\n\nMedian of up to ${RUNS} runs after one warm-up; ms in the same process and run.\n\n${resultsTable(rows)}\n${extra && `\n${extra}\n`}`;
  writeFileSync(file, text);
  return file;
}
