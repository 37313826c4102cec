// The script the browser benchmark adds to every page before it loads: records long tasks
// (PerformanceObserver 'longtask', > 50 ms) and when the app first shows its ready flag and its
// first analysis, in ms since navigation start. Plain JavaScript text, so no bundler helper leaks in.

export interface LongTask {
  readonly startMs: number;
  readonly durationMs: number;
}

export interface ProbeReadings {
  readonly longTasks: readonly LongTask[];
  readonly readyMs?: number;
  readonly analysisMs?: number;
  readonly marks: Readonly<Record<string, number>>;
  /** Longest User Timing measure by name, ms. */
  readonly longestMeasures: Readonly<Record<string, number>>;
}

export const PAGE_PROBE = `
(() => {
  const probe = { longTasks: [], readyMs: undefined, analysisMs: undefined };
  window.__benchProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ startMs: e.startTime, durationMs: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const timer = setInterval(() => {
    const now = performance.now();
    if (probe.readyMs === undefined && document.body && document.body.dataset.atlasReady === 'true') probe.readyMs = now;
    const store = window.__atlasStore;
    if (probe.analysisMs === undefined && store && store.getState().analysis) probe.analysisMs = now;
    if (probe.readyMs !== undefined && probe.analysisMs !== undefined) clearInterval(timer);
  }, 5);
})();
`;

/** Reads the probe and every performance mark (name → start ms) from the page. */
export const READ_PROBE = `(() => {
  const marks = {};
  for (const m of performance.getEntriesByType('mark')) marks[m.name] = m.startTime;
  const longestMeasures = {};
  for (const m of performance.getEntriesByType('measure'))
    longestMeasures[m.name] = Math.max(longestMeasures[m.name] || 0, m.duration);
  const p = window.__benchProbe;
  return { longTasks: p.longTasks, readyMs: p.readyMs, analysisMs: p.analysisMs, marks, longestMeasures };
})()`;
