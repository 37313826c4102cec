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

/** The User Timing measure of building the surface's colours (benchmarks). */
export const SITES_LAYER_MEASURE = 'atlas:sites-colours';

export const CANDIDATE_OUTLINE = hexToRgba('#E65100');
const EMPHASIS = hexToRgba('#D81B60');

type Ring = readonly (readonly [number, number])[];

interface SurfaceData {
  readonly theme: Theme;
  /** The binary data of the surface: kept while the scores and theme stay, so a hover or a
   * selection never makes deck.gl upload the attributes again. */
  readonly data: {
    readonly length: number;
    readonly startIndices: Uint32Array;
    readonly attributes: {
      readonly getPolygon: { readonly value: Float32Array; readonly size: 2 };
      readonly getFillColor: {
        readonly value: Uint8Array;
        readonly size: 4;
        readonly normalized: true;
      };
      readonly indices: Uint32Array;
    };
  };
}

const surfaceCache = new WeakMap<SiteAnalysis['cells'], SurfaceData>();

function surfaceData(sites: SiteAnalysis, theme: Theme): SurfaceData['data'] {
  const cached = surfaceCache.get(sites.cells);
  if (cached?.theme === theme && cached.data.startIndices === sites.grid.outlineStart)
    return cached.data;
  const start = performance.now();
  const colours = cellVertexColours(sites, theme);
  performance.measure(SITES_LAYER_MEASURE, { start });
  const { grid } = sites;
  const data = {
    length: grid.cellIds.length,
    startIndices: grid.outlineStart,
    attributes: {
      getPolygon: { value: grid.outline, size: 2 as const },
      getFillColor: { value: colours, size: 4 as const, normalized: true as const },
      indices: grid.triangles,
    },
  };
  surfaceCache.set(sites.cells, { theme, data });
  return data;
}

function cellRing(sites: SiteAnalysis, cell: number): Ring {
  const { outline, outlineStart } = sites.grid;
  const ring: [number, number][] = [];
  for (let v = outlineStart[cell]!; v < outlineStart[cell + 1]!; v++)
    ring.push([outline[2 * v]!, outline[2 * v + 1]!]);
  return [...ring, ring[0]!];
}

const pathCache = new WeakMap<readonly SiteCandidate[], Ring[]>();

/** Every candidate's outline rings, one array per answer (so hovering never re-tessellates). */
function candidatePaths(candidates: readonly SiteCandidate[]): Ring[] {
  let paths = pathCache.get(candidates);
  if (!paths) pathCache.set(candidates, (paths = candidates.flatMap((c) => c.outline)));
  return paths;
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
    data: surfaceData(sites, options.theme),
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
