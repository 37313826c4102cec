// The national hexagon grid of the site finder (H3, resolution 5 or 6): every cell whose centre
// lies inside a region, assigned to the region holding most of it (7 sample points), with its
// centre, outline and area. Built at run time from the dataset's own regions (any country).
import { cellToBoundary, cellToChildren, cellToLatLng, polygonToCells } from 'h3-js';
import type { Region } from '../atlas';
import { BOUNDARY } from '../spatial/createCellGrid';
import { regionIndexOf, type RegionIndex } from '../spatial/createRegionIndex';
import { cellRegionByMajority } from './cellRegionByMajority';
import { outlineAreaKm2 } from './outlineAreaKm2';

export const SITE_RESOLUTIONS = [5, 6] as const;
export type SiteResolution = (typeof SITE_RESOLUTIONS)[number];

export interface HexGrid {
  readonly resolution: SiteResolution;
  /** H3 indexes, in grid order. */
  readonly cellIds: readonly string[];
  /** Cell centres, degrees. */
  readonly lons: Float64Array;
  readonly lats: Float64Array;
  /** Index into `regionIds` of the region holding most of each cell. */
  readonly regionIndex: Int16Array;
  readonly regionIds: readonly string[];
  readonly areaKm2: Float64Array;
  /** Outline vertices (lon, lat pairs, not closed) of cell i: from outlineStart[i] to
   * outlineStart[i + 1] (vertex counts; 6 for a hexagon, more where a cell crosses an
   * icosahedron edge). */
  readonly outline: Float32Array;
  readonly outlineStart: Uint32Array;
  /** Blocks of cells sharing their ancestor two resolutions up (at most 49 cells, compact): block
   * b holds cells blockStart[b] … blockStart[b + 1] − 1. */
  readonly blockStart: Uint32Array;
}

/** Parents are enumerated this many resolutions coarser; whole parents inside one region or
 * outside all of them skip the per-cell point test. */
const PARENT_STEP = 3;
/** Blocks are the descendants of one cell this many resolutions coarser (7² = 49 cells). */
const BLOCK_STEP = 2;
/** Degrees added around a parent's outline box: children stick out of their parent a little. */
const PARENT_MARGIN_DEG = 0.3;
/** Degrees added around the regions' box so parents cover its edges. */
const BOX_MARGIN_DEG = 3;

function regionsBox(regions: readonly Region[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const region of regions) {
    const polygons =
      region.geometry.type === 'Polygon'
        ? [region.geometry.coordinates]
        : region.geometry.coordinates;
    for (const ring of polygons.flatMap((p) => p.slice(0, 1)))
      for (const [x = 0, y = 0] of ring) {
        [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
      }
  }
  return [w - BOX_MARGIN_DEG, s - BOX_MARGIN_DEG, e + BOX_MARGIN_DEG, n + BOX_MARGIN_DEG];
}

function boxOf(boundary: readonly (readonly number[])[], margin: number) {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of boundary) {
    [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  }
  return [w - margin, s - margin, e + margin, n + margin] as const;
}

/** The region of a cell whose centre is inside some region: by box when the cell lies wholly
 * inside one region, else by majority of 7 sample points. */
function regionOfCell(index: RegionIndex, boundary: number[][], lon: number, lat: number) {
  const [w, s, e, n] = boxOf(boundary, 0);
  const known = index.regionOfBox(w, s, e, n);
  return known === BOUNDARY ? cellRegionByMajority(index, boundary, lon, lat) : known;
}

/**
 * Every cell of `resolution` whose centre lies inside one of `regions`, in a stable order
 * (parents in H3 order, children in H3 order); with `within` (a region id), only the cells that
 * region holds most of (a finer grid of one province). Cells crossing ±180° are not supported.
 */
export function buildHexGrid(
  regions: readonly Region[],
  resolution: SiteResolution,
  within?: string,
): HexGrid {
  const index = regionIndexOf(regions);
  const only = within === undefined ? -1 : regions.findIndex((r) => r.id === within);
  const covered = only < 0 ? regions : [regions[only]!];
  const cellIds: string[] = [];
  const lons: number[] = [];
  const lats: number[] = [];
  const regionOf: number[] = [];
  const areas: number[] = [];
  const outline: number[] = [];
  const outlineStart: number[] = [0];
  const blockStart: number[] = [0];
  if (covered.length > 0) {
    const [w, s, e, n] = regionsBox(covered);
    const box = [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ];
    const parents = polygonToCells(box, resolution - PARENT_STEP, true).sort();
    for (const parent of parents) {
      const [pw, ps, pe, pn] = boxOf(cellToBoundary(parent, true), PARENT_MARGIN_DEG);
      const whole = index.regionOfBox(pw, ps, pe, pn);
      if (whole === -1 || (only >= 0 && whole !== BOUNDARY && whole !== only)) continue;
      for (const block of cellToChildren(parent, resolution - BLOCK_STEP)) {
        for (const cell of cellToChildren(block, resolution)) {
          const [lat, lon] = cellToLatLng(cell);
          if (whole === BOUNDARY && index.locate(lon, lat) < 0) continue;
          const boundary = cellToBoundary(cell, true);
          const region = whole === BOUNDARY ? regionOfCell(index, boundary, lon, lat) : whole;
          if (only >= 0 && region !== only) continue;
          cellIds.push(cell);
          lons.push(lon);
          lats.push(lat);
          regionOf.push(region);
          areas.push(outlineAreaKm2(boundary));
          for (let v = 0; v + 1 < boundary.length; v++)
            outline.push(boundary[v]![0]!, boundary[v]![1]!);
          outlineStart.push(outline.length / 2);
        }
        if (cellIds.length > blockStart.at(-1)!) blockStart.push(cellIds.length);
      }
    }
  }
  return {
    resolution,
    cellIds,
    lons: Float64Array.from(lons),
    lats: Float64Array.from(lats),
    regionIndex: Int16Array.from(regionOf),
    regionIds: regions.map((r) => r.id),
    areaKm2: Float64Array.from(areas),
    outline: Float32Array.from(outline),
    outlineStart: Uint32Array.from(outlineStart),
    blockStart: Uint32Array.from(blockStart),
  };
}
