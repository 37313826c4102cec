// Waits for the compute worker's answer to a user action: the page counts the `analyse` requests
// the app posts to its worker and their answers, so a test waits until every request it caused
// is answered and the store holds a new analysis — never for a fixed time.
import type { Page } from 'playwright-core';
import { readyTimeoutMs, waitForMapIdle } from './readiness';

/** Longest wait for the worker's answers, in ms (software WebGL and a shared CPU: generous). */
const ANALYSIS_TIMEOUT_MS = 2 * readyTimeoutMs;
const POLL_INTERVAL_MS = 50;

interface AnalysisTrack {
  posted: number;
  answered: number;
  pending: number[];
}

interface TrackWindow {
  __e2eAnalysisTrack?: AnalysisTrack;
  __e2eAnalysisBefore?: unknown;
  __atlasStore?: { getState(): { analysis: unknown } };
}

// Plain JavaScript evaluated as a string, so no test transform touches it. It wraps
// Worker.prototype.postMessage: each `analyse` request's id is pending until a message with the
// same id comes back from that worker.
const TRACK_SCRIPT = `(() => {
  if (window.__e2eAnalysisTrack) return;
  const track = { posted: 0, answered: 0, pending: [] };
  const listening = new WeakSet();
  window.__e2eAnalysisTrack = track;
  const original = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (!listening.has(this)) {
      listening.add(this);
      this.addEventListener('message', (event) => {
        const at = track.pending.indexOf(event.data && event.data.id);
        if (at < 0) return;
        track.pending.splice(at, 1);
        track.answered += 1;
      });
    }
    if (message && message.type === 'analyse') {
      track.posted += 1;
      track.pending.push(message.id);
    }
    return original.call(this, message, ...rest);
  };
})();`;

/** Waits for the app's first analysis, then starts counting worker requests (idempotent). */
export async function trackAnalyses(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!(window as TrackWindow).__atlasStore?.getState().analysis,
    undefined,
    {
      timeout: ANALYSIS_TIMEOUT_MS,
    },
  );
  await page.evaluate(TRACK_SCRIPT);
}

/**
 * Runs `action` (a user interaction that changes weights, constraints or latency settings),
 * then waits until it caused at least one `analyse` request, every request is answered, the
 * store holds a different analysis object than before, and the map is idle again.
 */
export async function afterNewAnalysis(page: Page, action: () => Promise<void>): Promise<void> {
  const postedBefore = await page.evaluate(() => {
    const w = window as TrackWindow;
    if (!w.__e2eAnalysisTrack) throw new Error('call trackAnalyses(page) first');
    w.__e2eAnalysisBefore = w.__atlasStore?.getState().analysis;
    return w.__e2eAnalysisTrack.posted;
  });
  await action();
  const deadline = Date.now() + ANALYSIS_TIMEOUT_MS;
  let state = await page.evaluate(analysisProgress, postedBefore);
  while (state !== 'settled') {
    if (Date.now() > deadline) {
      throw new Error(`No new analysis ${ANALYSIS_TIMEOUT_MS} ms after the action: ${state}`);
    }
    await page.waitForTimeout(POLL_INTERVAL_MS);
    state = await page.evaluate(analysisProgress, postedBefore);
  }
  await waitForMapIdle(page);
}

/** Runs in the page: 'settled', or why not yet. Self-contained (it is serialised). */
function analysisProgress(postedBefore: number): string {
  const w = window as TrackWindow;
  const track = w.__e2eAnalysisTrack;
  const analysis = w.__atlasStore?.getState().analysis;
  if (!track) return 'tracking lost (page reloaded?)';
  if (track.posted === postedBefore) return 'no analyse request was posted';
  if (track.pending.length > 0) return `${track.pending.length} request(s) unanswered`;
  if (!analysis || analysis === w.__e2eAnalysisBefore)
    return 'the analysis in the store is unchanged';
  return 'settled';
}
