// A weight in a link: a number in 0–1 with three decimals (finer than any slider).
import { clamp, formatNumber, parseNumber, roundTo } from '../numberText';

export const WEIGHT_DECIMALS = 3;

export function normaliseWeight(weight: number): { weight: number; clamped: boolean } {
  const safe = Number.isFinite(weight) ? weight : 0;
  const inRange = clamp(safe, 0, 1);
  return { weight: roundTo(inRange, WEIGHT_DECIMALS), clamped: inRange !== weight };
}

export const parseWeight = parseNumber;

export function formatWeight(weight: number): string {
  return formatNumber(weight, WEIGHT_DECIMALS);
}
