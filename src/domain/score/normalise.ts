// Min–max normalisation of one indicator across regions onto [0.01, 1] (the floor keeps the
// coupling product non-zero; DESIGN.md "Scoring"). Missing stays missing.
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
