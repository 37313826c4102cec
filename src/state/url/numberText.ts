// Numbers as URL text: a strict decimal syntax in (no hex, no blanks, no NaN or Infinity) and a
// short fixed-precision form out, such that parsing what was formatted gives the same double.

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The finite number the text spells, or undefined for anything else. */
export function parseNumber(text: string): number | undefined {
  if (text.length > 40 || !DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value + 0 : undefined;
}

/** Rounds to `decimals` places exactly as formatNumber will write it (never −0). */
export function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals)) + 0;
}

/** `value` (already rounded to `decimals`) without trailing zeros: 3.20 → "3.2", 5.00 → "5". */
export function formatNumber(value: number, decimals: number): string {
  const fixed = (value + 0).toFixed(decimals);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** An angle in degrees wrapped into [−180, 180). */
export function wrapDegrees(value: number): number {
  return ((((value + 180) % 360) + 360) % 360) - 180 + 0;
}
