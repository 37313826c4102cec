// What a legend row is: a swatch the UI draws (as SVG or CSS) and a bilingual label. Swatch
// colours are the exact RGBA the map accessors return, so a legend can be checked against the map.
import type { Bilingual } from '../../domain/lang';
import type { Rgba } from '../colour';

export const SWATCH_SHAPES = ['circle', 'ring', 'line', 'diamond', 'area'] as const;
export type SwatchShape = (typeof SWATCH_SHAPES)[number];

export interface Swatch {
  readonly shape: SwatchShape;
  /** Fill of circles, diamonds and areas; transparent for hollow symbols. */
  readonly fill: Rgba;
  /** Outline of circles/rings/diamonds, or the colour of a line. */
  readonly stroke: Rgba;
  readonly strokeWidthPx: number;
  /** Radius of circles and rings, half-size of diamonds (pixels). */
  readonly sizePx: number;
  readonly dashed: boolean;
}

export interface LegendEntry {
  /** Stable key within its legend, e.g. a fuel or voltage class id. */
  readonly key: string;
  readonly label: Bilingual;
  readonly swatch: Swatch;
}

/** A legend entry with its label in one language. */
export interface LocalisedLegendEntry {
  readonly key: string;
  readonly label: string;
  readonly swatch: Swatch;
}

const TRANSPARENT: Rgba = [0, 0, 0, 0];

/** A swatch with defaults for the fields a row does not set. */
export function swatch(shape: SwatchShape, fields: Partial<Omit<Swatch, 'shape'>>): Swatch {
  return {
    shape,
    fill: fields.fill ?? TRANSPARENT,
    stroke: fields.stroke ?? TRANSPARENT,
    strokeWidthPx: fields.strokeWidthPx ?? 1,
    sizePx: fields.sizePx ?? 5,
    dashed: fields.dashed ?? false,
  };
}
