// The as-of rule (presence.ts) as two numbers per feature and one range per view, for drawing on
// the GPU: a feature is drawn when each of its numbers lies in the view's range (bounds included),
// so moving the year changes only the range, never a feature's numbers. Codes stay far above any
// four-digit year and are exact in float32.
import type { VintageSettings } from './asOf';
import { lifecyclePhase, type Dated, type LifecyclePhase } from './lifecycle';

/** Start code of a built feature without a start year (the "year unknown" bucket). */
export const UNKNOWN_START_CODE = 0;
/** Start code of a feature in the pipeline (under construction, planned, announced). */
export const PIPELINE_START_CODE = 10_000;
/** Start code of an abandoned feature (shelved, cancelled): drawn only in the `all` view. */
export const ABANDONED_START_CODE = 20_000;
/** Retire code of a feature not retired (or whose retire year is unknown). */
export const NO_RETIRE_CODE = 10_000;

const START_CODES: Readonly<Record<Exclude<LifecyclePhase, 'built'>, number>> = {
  pipeline: PIPELINE_START_CODE,
  abandoned: ABANDONED_START_CODE,
};

/** [start code, retire code] of a record. */
export function vintageFilterValue(record: Dated): [start: number, retire: number] {
  const phase = lifecyclePhase(record);
  const start = phase === 'built' ? (record.startYear ?? UNKNOWN_START_CODE) : START_CODES[phase];
  return [start, record.retireYear ?? NO_RETIRE_CODE];
}

export type VintageFilterRange = readonly [
  start: readonly [min: number, max: number],
  retire: readonly [min: number, max: number],
];

/** Every code passes (the `all` view). */
export const EVERYTHING: VintageFilterRange = [
  [-1, ABANDONED_START_CODE],
  [-1, NO_RETIRE_CODE],
];

/**
 * The range of a view. `latestYear` must be at least every built feature's start year (the
 * dataset's span guarantees it), since the pipeline view passes built features by range.
 */
export function vintageFilterRange(
  settings: VintageSettings,
  latestYear: number,
): VintageFilterRange {
  const firstStart = settings.includeUnknownYear ? UNKNOWN_START_CODE : UNKNOWN_START_CODE + 1;
  switch (settings.asOf.kind) {
    case 'all':
      return EVERYTHING;
    case 'year':
      return [
        [firstStart, settings.asOf.year],
        [settings.asOf.year + 1, NO_RETIRE_CODE],
      ];
    case 'pipeline':
      return [
        [firstStart, PIPELINE_START_CODE],
        [latestYear + 1, NO_RETIRE_CODE],
      ];
  }
}

/** Whether a [start, retire] pair passes a range (what the GPU filter computes). */
export function passesFilter(value: readonly [number, number], range: VintageFilterRange): boolean {
  return value.every((v, i) => v >= range[i]![0] && v <= range[i]![1]);
}
