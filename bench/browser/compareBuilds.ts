// `npx tsx bench/browser/compareBuilds.ts --other <checkout> [--runs N] [--same-data]
// [--data-this <dir>] [--data-other <dir>] [--no-L]`:
// builds this checkout and another one (its own node_modules installed), serves both with fixture
// L, and measures them in one headless Chromium, runs interleaved: cold load of the default dataset
// and of L (ready + first analysis), the longest main-thread data step, the heap after load, and
// one forced redraw with nothing changed (median of 10, the frame-cost floor). `--same-data`
// serves this checkout's data/ to both builds (a build ignores layer families it does not know);
// `--data-this` / `--data-other` serve a given dataset folder to one build (e.g. an older edition).
// Prints a before/after table and writes bench/.out/compare-results.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../../tests/e2e/support/browser';
import { generateFixture } from '../fixtures/generateFixture';
import { writeFixture } from '../fixtures/writeFixture';
import { machineInfo } from '../harness';
import { appLoadRun, type LoadRun } from './scenarios';
import { idleRepaints } from './sliderScript';
import { startStaticServer } from './staticServer';

const args = process.argv.slice(2);
const valueOf = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const otherRoot = valueOf('--other');
if (!otherRoot) throw new Error('usage: compareBuilds.ts --other <checkout> [--runs N]');
const RUNS = Number(valueOf('--runs') ?? 3);
const sameData = args.includes('--same-data');
const withL = !args.includes('--no-L');
const dataDirs: Record<'this' | 'other', string | undefined> = {
  this: valueOf('--data-this'),
  other: valueOf('--data-other') ?? (sameData ? 'data' : undefined),
};
const thisRoot = fileURLToPath(new URL('../..', import.meta.url));
const out = join(tmpdir(), 'compute-atlas-bench', 'compare');

async function buildApp(root: string, outDir: string) {
  console.log(`building ${root} into ${outDir}`);
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

const builds = {
  other: await buildApp(resolve(otherRoot), join(out, 'other')),
  this: await buildApp(thisRoot, join(out, 'this')),
};
const fixtureL = withL ? writeFixture(generateFixture('L')) : undefined;
const server = await startStaticServer([
  ...(['other', 'this'] as const).flatMap((name) => [
    { prefix: `/${name}/`, dir: builds[name] },
    ...(dataDirs[name] ? [{ prefix: `/${name}/data/`, dir: resolve(dataDirs[name]) }] : []),
    ...(fixtureL
      ? [
          { prefix: `/${name}-L/`, dir: builds[name] },
          { prefix: `/${name}-L/data/`, dir: fixtureL },
        ]
      : []),
  ]),
]);

type Sample = LoadRun & { redrawMs?: number };
const samples: Record<string, Sample[]> = {};
const browser = await launchChromium();

async function sample(page: string, withRedraw: boolean) {
  const { run, measured } = await appLoadRun(browser, `${server.origin}/${page}/`, true);
  let redrawMs: number | undefined;
  if (withRedraw) {
    const repaints = (await measured.page.evaluate(idleRepaints(10))) as number[];
    redrawMs = median(repaints);
  }
  await measured.close();
  (samples[page] ??= []).push({ ...run, redrawMs });
  console.log(`${page}: ${JSON.stringify({ ...run, redrawMs })}`);
}

function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
}

const pages = ['', ...(fixtureL ? ['-L'] : [])];
try {
  // One uncounted load of each page first, so shader compilation is not in the timed runs.
  for (const suffix of pages)
    for (const name of ['other', 'this']) {
      const warm = await appLoadRun(browser, `${server.origin}/${name}${suffix}/`, false);
      await warm.measured.close();
    }
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? ['other', 'this'] : ['this', 'other'];
    for (const suffix of pages) for (const name of order) await sample(`${name}${suffix}`, true);
  }
} finally {
  await browser.close();
  await server.close();
}

const rows: [string, (s: Sample) => number | undefined, string][] = [
  ['cold load → ready + first analysis', (s) => s.interactiveMs, 'ms'],
  ['first paint with every layer (ready flag)', (s) => s.paintMs, 'ms'],
  ['longest main-thread data step', (s) => s.longestDataStepMs, 'ms'],
  ['longest main-thread task, load end → paint', (s) => s.longestDrawTaskMs, 'ms'],
  ['main-thread JS heap after load (after GC)', (s) => (s.heapBytes ?? NaN) / 1e6, 'MB'],
  ['one forced redraw, nothing changed (median of 10)', (s) => s.redrawMs, 'ms'],
];
const lines = [
  `| dataset | measurement | other: ${otherRoot} | this checkout | this ÷ other |`,
  '|---|---|---:|---:|---:|',
];
for (const suffix of pages) {
  for (const [label, read, unit] of rows) {
    const other = median((samples[`other${suffix}`] ?? []).map((s) => read(s) ?? NaN));
    const mine = median((samples[`this${suffix}`] ?? []).map((s) => read(s) ?? NaN));
    const dataset = suffix
      ? 'fixture L'
      : `default (this: ${dataDirs.this ?? 'own data/'}; other: ${dataDirs.other ?? 'own data/'})`;
    lines.push(
      `| ${dataset} | ${label} | ${other.toFixed(1)} ${unit} | ${mine.toFixed(1)} ${unit} | ${(mine / other).toFixed(2)} |`,
    );
  }
}
const header = `${new Date().toISOString()} · ${machineInfo()} · medians of ${RUNS} interleaved runs`;
const table = lines.join('\n');
console.log(`\n${header}\n\n${table}`);
const outDir = fileURLToPath(new URL('../.out', import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'compare-results.md'),
  `# Build comparison\n\n${header}\n\n${table}\n\n\`\`\`json\n${JSON.stringify(samples, null, 1)}\n\`\`\`\n`,
);
