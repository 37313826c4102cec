// Colours as deck.gl wants them: [r, g, b, a] bytes 0–255, converted once from the hex of the
// design tables so every accessor and legend row share one value.

/** Red, green, blue, alpha; each 0–255. */
export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** `#RRGGBB` (or `#RGB`) with an optional alpha in 0–1 → RGBA bytes. */
export function hexToRgba(hex: string, alpha = 1): Rgba {
  const body = hex.replace(/^#/, '');
  const full = body.length === 3 ? [...body].map((c) => c + c).join('') : body;
  if (!/^[0-9a-fA-F]{6}$/.test(full)) throw new Error(`Not a hex colour: ${hex}`);
  const value = Number.parseInt(full, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, Math.round(alpha * 255)];
}

/** `rgb(r, g, b)` strings (d3-scale-chromatic) or hex → RGBA bytes. */
export function cssToRgba(css: string, alpha = 1): Rgba {
  const match = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(css.trim());
  if (!match) return hexToRgba(css, alpha);
  return [Number(match[1]), Number(match[2]), Number(match[3]), Math.round(alpha * 255)];
}

/** The same colour with its alpha multiplied by `factor` (0–1). */
export function fade(colour: Rgba, factor: number): Rgba {
  return [colour[0], colour[1], colour[2], Math.round(colour[3] * factor)];
}

/** RGBA bytes → `#rrggbb` for CSS swatches (alpha dropped). */
export function rgbaToHex(colour: Rgba): string {
  return `#${colour
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}
