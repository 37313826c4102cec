// Colours of the suitability surface: scored cells on viridis by score (0–100, DESIGN.md: a single
// measure on a sequential ramp), cells removed by a mask in a faint neutral, incomplete cells in
// the no-data grey (never a ramp colour). Filled per outline vertex, as binary attributes.
import { interpolateViridis } from 'd3-scale-chromatic';
import { cssToRgba, hexToRgba, type Rgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import type { Theme } from '../theme';
import { MASKED, SCORED } from '../../domain/sites/scoreCells';
import type { SiteAnalysis } from '../../domain/sites/siteAnalysis';

/** Opacity of scored cells: the provinces' fill shows faintly through. */
const CELL_ALPHA = 0.82;

/** 101 ramp colours, one per whole score. */
const RAMP: readonly Rgba[] = Array.from({ length: 101 }, (_, s) =>
  cssToRgba(interpolateViridis(s / 100), CELL_ALPHA),
);

export const MASKED_COLOUR: Readonly<Record<Theme, Rgba>> = {
  light: hexToRgba('#FFFFFF', 0.55),
  dark: hexToRgba('#0E141B', 0.6),
};
export const INCOMPLETE_COLOUR: Rgba = hexToRgba(NO_DATA_COLOUR, 0.75);

/** The colour of a cell's score (0–100). */
export function scoreColour(score: number): Rgba {
  return RAMP[Math.min(100, Math.max(0, Math.round(score)))]!;
}

/** The CSS gradient of the ramp, low to high, for the legend. */
export function scoreGradient(): string {
  const stops = [0, 25, 50, 75, 100].map((s) => `rgb(${scoreColour(s).slice(0, 3).join(',')})`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** RGBA per outline vertex of every cell, in grid order. */
export function cellVertexColours(sites: SiteAnalysis, theme: Theme): Uint8Array {
  const { grid, cells } = sites;
  const colours = new Uint8Array((grid.outline.length / 2) * 4);
  for (let i = 0; i < cells.status.length; i++) {
    const status = cells.status[i];
    const colour =
      status === SCORED
        ? scoreColour(cells.scores[i]!)
        : status === MASKED
          ? MASKED_COLOUR[theme]
          : INCOMPLETE_COLOUR;
    for (let v = grid.outlineStart[i]!; v < grid.outlineStart[i + 1]!; v++)
      colours.set(colour, v * 4);
  }
  return colours;
}
