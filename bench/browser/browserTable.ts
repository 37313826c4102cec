// Turns the browser runs into one Markdown table: medians (run counts in brackets), the baseline
// named, ratios baseline ÷ fast, and each target met or missed with the figure that decides it.
import type { LoadRun, SliderRun } from './scenarios';

export interface BrowserResults {
  /** The very first load in a fresh browser, shader compilation included. */
  readonly firstEverLoad: LoadRun;
  readonly defaultLoads: readonly LoadRun[];
  readonly appL: readonly LoadRun[];
  readonly baselineL: readonly LoadRun[];
  readonly sliderDefault?: SliderRun;
  readonly sliderL?: SliderRun;
  /** Heap after loading fixture L's regions alone (every other layer empty), same pages. */
  readonly regionsOnlyHeap?: { readonly app: number; readonly baseline: number };
}

export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

export const percentile = (xs: readonly number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ??
  NaN;

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
const mb = (x: number) => (Number.isFinite(x) ? `${(x / 2 ** 20).toFixed(0)} MB` : '—');
const verdict = (ok: boolean, why: string) => (ok ? 'met' : `missed: ${why}`);

type Row = readonly [string, string, string, string, string, string];

function medianOf(runs: readonly LoadRun[], pick: (r: LoadRun) => number | undefined) {
  return median(runs.map(pick).filter((x): x is number => x !== undefined));
}

function sliderRows(label: string, s: SliderRun | undefined): Row[] {
  if (!s) return [];
  const p95 = percentile(s.latenciesMs, 95);
  const how = s.usedSlider ? 'Score-tab slider' : 'store.setWeights';
  const idle = median(s.idleRepaintsMs);
  return [
    [
      `${label}: one repaint with nothing changed (the frame cost under every latency below), median of ${s.idleRepaintsMs.length}`,
      ms(idle),
      '—',
      '—',
      '— (reported)',
      '—',
    ],
    [
      `${label}: ${how} input → repaint, p95 of ${s.latenciesMs.length}`,
      ms(p95),
      '—',
      '—',
      '≤ 50 ms',
      verdict(p95 <= 50, `${ms(p95)}`),
    ],
    [
      `${label}: longest main-thread task while dragging (60 inputs, 16 ms apart)`,
      s.longestDragTaskMs > 0 ? ms(s.longestDragTaskMs) : 'none > 50 ms',
      '—',
      '—',
      'none > 50 ms',
      verdict(s.longestDragTaskMs <= 50, ms(s.longestDragTaskMs)),
    ],
  ];
}

/** The heap each page holds for L's sites and lines: heap with L − heap with L's regions alone. */
function dataHeapRows(
  heapApp: number,
  heapBase: number,
  regionsOnly: BrowserResults['regionsOnlyHeap'],
): Row[] {
  if (!regionsOnly) return [];
  const app = heapApp - regionsOnly.app;
  const base = heapBase - regionsOnly.baseline;
  const ratio = `${(base / app).toFixed(1)}×`;
  return [
    [
      "fixture L: main-thread JS heap held for L's 100k sites and 2.5k lines (heap with L − heap with L's regions alone, same page)",
      mb(app),
      `parsed GeoJSON kept: ${mb(base)}`,
      ratio,
      '≥ 5× smaller',
      verdict(base / app >= 5, ratio),
    ],
  ];
}

export function browserTable(r: BrowserResults): string {
  const n = (runs: readonly unknown[]) => ` (${runs.length})`;
  const cold = medianOf(r.defaultLoads, (x) => x.interactiveMs);
  const paintApp = medianOf(r.appL, (x) => x.paintMs);
  const paintBase = medianOf(r.baselineL, (x) => x.paintMs);
  const loadTaskApp = Math.max(...r.appL.map((x) => x.longestLoadTaskMs));
  const loadTaskBase = Math.max(...r.baselineL.map((x) => x.longestLoadTaskMs));
  const dataApp = Math.max(...r.appL.map((x) => x.longestDataStepMs));
  const dataBase = Math.max(...r.baselineL.map((x) => x.longestDataStepMs));
  const drawApp = medianOf(r.appL, (x) => x.longestDrawTaskMs);
  const drawBase = medianOf(r.baselineL, (x) => x.longestDrawTaskMs);
  const heapApp = medianOf(r.appL, (x) => x.heapBytes);
  const heapBase = medianOf(r.baselineL, (x) => x.heapBytes);
  const baseline = 'main-thread fetch + JSON.parse + GeoJsonLayer per layer (no basemap)';
  const first = r.firstEverLoad.interactiveMs ?? NaN;
  const rows: Row[] = [
    [
      'default dataset: first load in a fresh browser (every shader compiled)',
      `${ms(first)} (1)`,
      '—',
      '—',
      '≤ 1500 ms',
      verdict(first <= 1500, ms(first)),
    ],
    [
      'default dataset: cold load → ready flag + first analysis',
      ms(cold) + n(r.defaultLoads),
      '—',
      '—',
      '≤ 1500 ms',
      verdict(cold <= 1500, ms(cold)),
    ],
    [
      'fixture L: first paint with every layer',
      ms(paintApp) + n(r.appL),
      `${baseline}: ${ms(paintBase)}${n(r.baselineL)}`,
      `${(paintBase / paintApp).toFixed(1)}×`,
      '≥ 3×',
      verdict(paintBase / paintApp >= 3, `${(paintBase / paintApp).toFixed(1)}×`),
    ],
    [
      'fixture L: longest main-thread step caused by data (app: one load-worker message; baseline: JSON.parse of one file), worst run',
      ms(dataApp),
      ms(dataBase),
      '—',
      '≤ 50 ms',
      verdict(dataApp <= 50, ms(dataApp)),
    ],
    [
      'fixture L: longest main-thread task of any kind in the load window (worst run)',
      loadTaskApp > 0 ? ms(loadTaskApp) : 'none > 50 ms',
      ms(loadTaskBase),
      '—',
      '— (reported)',
      '—',
    ],
    [
      'fixture L: longest main-thread task from load end to first paint (median)',
      ms(drawApp),
      ms(drawBase),
      '—',
      '— (reported)',
      '—',
    ],
    [
      'fixture L: main-thread JS heap after load, after GC',
      mb(heapApp),
      mb(heapBase),
      `${(heapBase / heapApp).toFixed(1)}×`,
      '≥ 5× smaller',
      verdict(heapBase / heapApp >= 5, `${(heapBase / heapApp).toFixed(1)}×`),
    ],
    ...dataHeapRows(heapApp, heapBase, r.regionsOnlyHeap),
    ...sliderRows('default dataset', r.sliderDefault),
    ...sliderRows('fixture L', r.sliderL),
  ];
  return [
    '| measurement | Compute Atlas | naive baseline | ratio | target | verdict |',
    '|---|---:|---:|---:|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}
