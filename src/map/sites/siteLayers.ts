// The site finder on the map: the suitability surface (one SolidPolygonLayer fed binary
// attributes — outline vertices, precomputed fan triangles, a colour per vertex — so nothing is
// tessellated on the main thread), candidate outlines, and the hovered or selected cell and
// candidate drawn on top. Layer-level pick callbacks report cells, which no family draws.
import type { Layer, PickingInfo } from '@deck.gl/core';
import { PathLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { SiteAnalysis, SiteCandidate } from '../../domain/sites/siteAnalysis';
import { hexToRgba } from '../colour';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { cellVertexColours } from './siteColours';

export interface SiteLayerOptions {
  readonly theme: Theme;
  /** Candidate id under the pointer or chosen in the table. */
  readonly hoveredCandidate?: string;
  readonly hoveredCell?: number;
  readonly selectedCell?: number;
  readonly onHoverCell: (cell: number | null, x: number, y: number) => void;
  readonly onClickCell: (cell: number | null) => void;
}

export const CANDIDATE_OUTLINE = hexToRgba('#E65100');
const EMPHASIS = hexToRgba('#D81B60');

type Ring = readonly (readonly [number, number])[];

const colourCache = new WeakMap<SiteAnalysis['cells'], { theme: Theme; colours: Uint8Array }>();

function coloursOf(sites: SiteAnalysis, theme: Theme): Uint8Array {
  const cached = colourCache.get(sites.cells);
  if (cached?.theme === theme && cached.colours.length === (sites.grid.outline.length / 2) * 4)
    return cached.colours;
  const colours = cellVertexColours(sites, theme);
  colourCache.set(sites.cells, { theme, colours });
  return colours;
}

function cellRing(sites: SiteAnalysis, cell: number): Ring {
  const { outline, outlineStart } = sites.grid;
  const ring: [number, number][] = [];
  for (let v = outlineStart[cell]!; v < outlineStart[cell + 1]!; v++)
    ring.push([outline[2 * v]!, outline[2 * v + 1]!]);
  return [...ring, ring[0]!];
}

function candidatePaths(candidates: readonly SiteCandidate[]): Ring[] {
  return candidates.flatMap((c) => c.outline);
}

/** The deck.gl layers of a site answer, bottom first. */
export function siteLayers(sites: SiteAnalysis, options: SiteLayerOptions): Layer[] {
  const { grid } = sites;
  const cellCount = grid.cellIds.length;
  const hoverCell = (info: PickingInfo) => {
    options.onHoverCell(info.index >= 0 ? info.index : null, info.x, info.y);
    return false;
  };
  const clickCell = (info: PickingInfo) => {
    options.onClickCell(info.index >= 0 ? info.index : null);
    return true;
  };
  const surface = new SolidPolygonLayer({
    id: 'sites:cells',
    data: {
      length: cellCount,
      startIndices: grid.outlineStart,
      attributes: {
        getPolygon: { value: grid.outline, size: 2 },
        getFillColor: { value: coloursOf(sites, options.theme), size: 4, normalized: true },
        indices: grid.triangles,
      },
    },
    _normalize: false,
    filled: true,
    extruded: false,
    pickable: true,
    onHover: hoverCell,
    onClick: clickCell,
  });
  const outlines = new PathLayer<Ring>({
    id: 'sites:candidates',
    data: candidatePaths(sites.candidates),
    getPath: (ring) => ring as [number, number][],
    getColor: CANDIDATE_OUTLINE,
    getWidth: 1.5,
    widthUnits: 'pixels',
  });
  const hovered = sites.candidates.find((c) => c.id === options.hoveredCandidate);
  const emphasised: Ring[] = [
    ...(hovered ? hovered.outline : []),
    ...[options.hoveredCell, options.selectedCell]
      .filter((cell): cell is number => cell !== undefined && cell >= 0 && cell < cellCount)
      .map((cell) => cellRing(sites, cell)),
  ];
  const emphasis = new PathLayer<Ring>({
    id: 'sites:emphasis',
    data: emphasised,
    getPath: (ring) => ring as [number, number][],
    getColor: (ring) =>
      hovered?.outline.includes(ring) ? EMPHASIS : BASEMAP_COLOURS[options.theme].ink,
    getWidth: 3,
    widthUnits: 'pixels',
    updateTriggers: { getColor: [options.hoveredCandidate, options.theme] },
  });
  return [surface, outlines, emphasis];
}
