// The browser measurements, each in fresh contexts: the app's cold load, the app and the naive
// baseline loading the same fixture, and a weight slider being moved and dragged.
import type { Browser } from 'playwright-core';
import { APP_INTERACTIVE, BASELINE_PAINTED, openMeasured, type MeasuredPage } from './measurePage';
import type { LongTask } from './pageProbe';
import { idleRepaints, OPEN_SCORE_TAB, sliderDrag, sliderLatencies } from './sliderScript';

export interface LoadRun {
  /** Navigation start → every layer drawn (app: ready flag; baseline: its painted mark), ms. */
  readonly paintMs: number;
  /** App only: navigation start → ready flag and first analysis, ms. */
  readonly interactiveMs?: number;
  /** Longest main-thread task of any kind overlapping the load window (fetch → records), ms. */
  readonly longestLoadTaskMs: number;
  /** Longest main-thread step caused by the data itself: the app's handling of one load-worker
   * message (unpacking included), or the baseline's JSON.parse of one layer file, ms. */
  readonly longestDataStepMs: number;
  /** Longest main-thread task between the end of the load and the first paint, ms. */
  readonly longestDrawTaskMs: number;
  readonly heapBytes?: number;
}

export interface SliderRun {
  /** Repaints with nothing changed, ms: the frame cost under every latency below. */
  readonly idleRepaintsMs: readonly number[];
  readonly latenciesMs: readonly number[];
  readonly usedSlider: boolean;
  /** Longest main-thread task while dragging (0 when none went over 50 ms). */
  readonly longestDragTaskMs: number;
}

const longestIn = (tasks: readonly LongTask[], fromMs: number, toMs: number) =>
  tasks
    .filter((t) => t.startMs < toMs && t.startMs + t.durationMs > fromMs)
    .reduce((max, t) => Math.max(max, t.durationMs), 0);

async function loadRun(
  measured: MeasuredPage,
  prefix: 'atlas' | 'baseline',
  withHeap: boolean,
): Promise<LoadRun> {
  const r = await measured.readings();
  const start = r.marks[`${prefix}:load-start`] ?? 0;
  const end = r.marks[`${prefix}:load-end`] ?? Infinity;
  const paintMs = prefix === 'atlas' ? (r.readyMs ?? NaN) : (r.marks['baseline:painted'] ?? NaN);
  return {
    paintMs,
    ...(prefix === 'atlas'
      ? { interactiveMs: Math.max(r.readyMs ?? NaN, r.analysisMs ?? NaN) }
      : {}),
    longestLoadTaskMs: longestIn(r.longTasks, start, end),
    longestDataStepMs:
      r.longestMeasures[prefix === 'atlas' ? 'atlas:load-message' : 'baseline:parse'] ?? 0,
    longestDrawTaskMs: longestIn(r.longTasks, end, paintMs),
    ...(withHeap ? { heapBytes: await measured.heapUsedBytes() } : {}),
  };
}

/** Opens the app at `url` until interactive; optionally keeps the page for a slider run. */
export async function appLoadRun(browser: Browser, url: string, withHeap: boolean) {
  const measured = await openMeasured(browser, url, APP_INTERACTIVE);
  return { run: await loadRun(measured, 'atlas', withHeap), measured };
}

export async function baselineLoadRun(browser: Browser, url: string, withHeap: boolean) {
  const measured = await openMeasured(browser, url, BASELINE_PAINTED);
  try {
    return await loadRun(measured, 'baseline', withHeap);
  } finally {
    await measured.close();
  }
}

/** Moves the weight slider `moves` times one by one, then drags it for `dragMoves` inputs. */
export async function sliderRun(
  measured: MeasuredPage,
  moves = 25,
  dragMoves = 60,
): Promise<SliderRun> {
  await measured.page.evaluate(OPEN_SCORE_TAB);
  const idleRepaintsMs = (await measured.page.evaluate(idleRepaints(10))) as number[];
  const { latencies, usedSlider } = (await measured.page.evaluate(sliderLatencies(moves))) as {
    latencies: number[];
    usedSlider: boolean;
  };
  const drag = (await measured.page.evaluate(sliderDrag(dragMoves))) as {
    startMs: number;
    endMs: number;
  };
  const { longTasks } = await measured.readings();
  return {
    idleRepaintsMs,
    latenciesMs: latencies,
    usedSlider,
    longestDragTaskMs: longestIn(longTasks, drag.startMs, drag.endMs),
  };
}
