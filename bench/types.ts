// The shape every benchmark file (`bench/*.bench.ts`) exports as its default: the runner times the
// fast path and its named naive baseline in the same process and checks that they agree.

export interface BenchCase {
  /** What is measured, e.g. "score: full recompute, fixture L". */
  readonly name: string;
  /** The naive baseline, named, e.g. "turf pointsWithinPolygon per region". */
  readonly baselineName: string;
  readonly fast: () => unknown;
  /** Omit when the row is an absolute target only (no baseline to compare). */
  readonly baseline?: () => unknown;
  /** The baseline runs on 1/baselineScale of the input (a deterministic sample, named in
   * baselineName) and its time is multiplied by this; 1 when absent. For baselines too slow to run
   * whole on every bench run. */
  readonly baselineScale?: number;
  /** True when the fast and baseline answers are the same (within tolerance). */
  readonly same?: (fastResult: unknown, baselineResult: unknown) => boolean;
  /** Targets the run checks and reports: fast at least `minRatio` × faster, under `maxFastMs`. */
  readonly target?: { readonly minRatio?: number; readonly maxFastMs?: number };
}

export interface BenchSuite {
  readonly name: string;
  /** Builds fixtures (seeded, in memory or a temp folder) and returns the cases. */
  readonly setup: () => BenchCase[] | Promise<BenchCase[]>;
}
