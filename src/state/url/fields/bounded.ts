// Numbers with a range and a precision, as the link carries them: clamped into the range, rounded
// to the precision, written without trailing zeros. One row of bounds per threshold.
import { clamp, formatNumber, parseNumber, roundTo } from '../numberText';

export interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly decimals: number;
}

/** The value clamped and rounded; `clamped` when it was outside the range (or not finite). */
export function fitToBounds(value: number, bounds: Bounds): { value: number; clamped: boolean } {
  const safe = Number.isFinite(value) ? value : bounds.min;
  const inRange = clamp(safe, bounds.min, bounds.max);
  return { value: roundTo(inRange, bounds.decimals), clamped: inRange !== value };
}

export function formatBounded(value: number, bounds: Bounds): string {
  return formatNumber(value, bounds.decimals);
}

export const parseBounded = parseNumber;
