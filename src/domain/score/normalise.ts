// Min–max normalisation of one indicator across regions onto [0.01, 1] (the floor keeps the
// coupling product non-zero; DESIGN.md "Scoring"), or onto fixed goalposts so that a value means
// the same in every year (docs/VINTAGES.md). Missing stays missing.
import type { Direction } from './indicatorRegistry';

/** Normalised value every region gets when all present values are equal: no spread, no penalty. */
export const ALL_EQUAL_VALUE = 1;
export const NORMALISED_FLOOR = 0.01;

/**
 * x' = 0.01 + 0.99·(x − min)/(max − min) for '+', 0.01 + 0.99·(max − x)/(max − min) for '−';
 * min and max over present values only; all-equal columns get {@link ALL_EQUAL_VALUE}.
 */
export function normalise(
  column: readonly (number | undefined)[],
  direction: Direction,
): (number | undefined)[] {
  let min = Infinity;
  let max = -Infinity;
  for (const x of column) {
    if (x === undefined) continue;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const span = max - min;
  return column.map((x) => {
    if (x === undefined) return undefined;
    if (!(span > 0)) return ALL_EQUAL_VALUE;
    const share = direction === '+' ? (x - min) / span : (max - x) / span;
    return NORMALISED_FLOOR + (1 - NORMALISED_FLOOR) * share;
  });
}

/** Fixed reference values of one indicator, in its unit: `min` maps to the floor and `max` to 1
 * (mirrored for '−'), whatever the regions of the year hold. */
export interface Goalpost {
  readonly min: number;
  readonly max: number;
}

/**
 * x' = 0.01 + 0.99·clamp((x − min)/(max − min), 0, 1) for '+', mirrored for '−', with `min`
 * and `max` the goalposts: a value keeps its x' from one year to the next. Goalposts without a
 * span (max ≤ min) give every present value {@link ALL_EQUAL_VALUE}.
 */
export function normaliseToGoalpost(
  column: readonly (number | undefined)[],
  direction: Direction,
  goalpost: Goalpost,
): (number | undefined)[] {
  const span = goalpost.max - goalpost.min;
  return column.map((x) => {
    if (x === undefined) return undefined;
    if (!(span > 0)) return ALL_EQUAL_VALUE;
    const share = Math.min(1, Math.max(0, (x - goalpost.min) / span));
    return NORMALISED_FLOOR + (1 - NORMALISED_FLOOR) * (direction === '+' ? share : 1 - share);
  });
}
