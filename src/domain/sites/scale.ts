// The scale types of the site criteria (after Energy Access Explorer: per-dataset scale types and
// clamps): a raw value becomes a suitability in [0, 1]. Missing (NaN) stays missing, never 0.
import { assertNever } from '../assertNever';

export const SCALE_KINDS = ['linear', 'inverted', 'intervals'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

export type Scale =
  /** 0 at or below `min`, 1 at or above `max`, straight in between (higher is better). */
  | { readonly kind: 'linear'; readonly min: number; readonly max: number }
  /** 1 at or below `min`, 0 at or above `max` (lower is better). */
  | { readonly kind: 'inverted'; readonly min: number; readonly max: number }
  /** A step function: values below `breaks[0]` score `scores[0]`, values in
   * [breaks[i − 1], breaks[i]) score `scores[i]`, at or above the last break the last score.
   * `breaks` ascending; `scores` one longer, each in [0, 1]. */
  | {
      readonly kind: 'intervals';
      readonly breaks: readonly number[];
      readonly scores: readonly number[];
    };

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * The suitability in [0, 1] of a raw value under a scale; NaN (missing) gives NaN. A degenerate
 * linear range (min ≥ max) is a threshold: 1 from `max` up (linear) or up to `min` (inverted).
 */
export function scaleValue(scale: Scale, value: number): number {
  if (Number.isNaN(value)) return NaN;
  switch (scale.kind) {
    case 'linear':
      if (scale.max <= scale.min) return value >= scale.max ? 1 : 0;
      return clamp01((value - scale.min) / (scale.max - scale.min));
    case 'inverted':
      if (scale.max <= scale.min) return value <= scale.min ? 1 : 0;
      return clamp01((scale.max - value) / (scale.max - scale.min));
    case 'intervals': {
      let i = 0;
      while (i < scale.breaks.length && value >= scale.breaks[i]!) i++;
      return clamp01(scale.scores[i] ?? 0);
    }
    default:
      return assertNever(scale);
  }
}

/** The scale written out for the formula shown to users, e.g. "linear 0–20 GW". */
export function describeScale(scale: Scale, unit: string): string {
  switch (scale.kind) {
    case 'linear':
      return `0 at ≤ ${scale.min} ${unit}, 1 at ≥ ${scale.max} ${unit}, linear between`;
    case 'inverted':
      return `1 at ≤ ${scale.min} ${unit}, 0 at ≥ ${scale.max} ${unit}, linear between`;
    case 'intervals':
      return scale.scores
        .map((score, i) => {
          const from = i === 0 ? '' : `≥ ${scale.breaks[i - 1]}`;
          const to = i < scale.breaks.length ? `< ${scale.breaks[i]}` : '';
          return `${[from, to].filter(Boolean).join(' and ')} ${unit}: ${score}`;
        })
        .join('; ');
    default:
      return assertNever(scale);
  }
}
