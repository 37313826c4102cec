// Partial answers across the thread edge: the per-site parts of an analysis (constraint verdicts,
// latency per site: megabytes on a national dataset) depend only on the constraints and the latency
// settings, so the worker leaves them out when those did not change, and the page completes the
// answer from the previous one.
import type { Analysis } from '../domain/analysis';

/** An analysis as the worker sends it: `constraints` and `latency` — one verdict and one latency
 * per site, megabytes on a national dataset — depend only on the constraints and the latency
 * settings, so they are left out when those did not change since the previous answer. */
export type AnalysisUpdate = Omit<Analysis, 'constraints' | 'latency'> &
  Partial<Pick<Analysis, 'constraints' | 'latency'>>;

/** The full analysis: the update, with the per-site parts of `previous` where it left them out.
 * Null when the update leaves them out and there is no previous analysis to take them from. */
export function completeAnalysis(
  update: AnalysisUpdate,
  previous: Pick<Analysis, 'constraints' | 'latency'> | null,
): Analysis | null {
  const constraints = update.constraints ?? previous?.constraints;
  const latency = update.latency ?? previous?.latency;
  return constraints && latency ? { ...update, constraints, latency } : null;
}
