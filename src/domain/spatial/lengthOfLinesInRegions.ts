// Kilometres of each line inside each region. Segments are split exactly where they cross region
// edges (found through the edge index) and each piece is credited to the region holding its middle.
import type { MultiLineString } from 'geojson';
import type { Region } from '../atlas';
import { asRegionIndex } from './assignPointsToRegions';
import { BOUNDARY } from './createCellGrid';
import type { RegionIndex } from './createRegionIndex';
import { haversineKmRaw as haversineKm } from '../geo/haversineKm';

/** Longer segments are cut into pieces of at most this length, so that the lon/lat-straight path
 * the map draws is measured piece by piece (keeps the error well under 1%). */
export const MAX_PIECE_KM = 25;

/** Degrees; far below any coordinate precision, far above rounding of piece midpoints. */
const HAIR = 1e-9;

export interface LineLengths {
  /** lengthKm[line][region]: km of the line inside the region; sparse rows as Maps. */
  readonly byLine: readonly ReadonlyMap<number, number>[];
  /** Total km per region over all lines. */
  readonly totalKm: Float64Array;
  /** Km of each line outside every region. */
  readonly outsideKm: Float64Array;
}

/** Km of every line inside every region (geodesic piece lengths, split at region boundaries). */
export function lengthOfLinesInRegions(
  lines: readonly { readonly geometry: MultiLineString }[],
  regions: RegionIndex | readonly Region[],
): LineLengths {
  const index = asRegionIndex(regions);
  const totalKm = new Float64Array(index.regionIds.length);
  const outsideKm = new Float64Array(lines.length);
  const row = new LineRow(index.regionIds.length);
  const ts: number[] = [];
  const byLine = lines.map((line, l) => {
    const credit = (r: number, km: number) => {
      if (r < 0) outsideKm[l]! += km;
      else {
        row.add(r, km);
        totalKm[r]! += km;
      }
    };
    for (const path of line.geometry.coordinates) {
      let a = path[0]!;
      for (let i = 1; i < path.length; i++) {
        const b = path[i]!;
        const [ax, ay, bx, by] = [a[0]!, a[1]!, b[0]!, b[1]!];
        a = b;
        const segmentKm = haversineKm(ax, ay, bx, by);
        const pieces = Math.max(1, Math.ceil(segmentKm / MAX_PIECE_KM));
        /** The segment's region when no border comes near it: no splitting, no point lookups
         * (the box is widened by a hair so piece midpoints rounded off the segment stay in it). */
        const whole = index.regionOfBox(
          Math.min(ax, bx) - HAIR,
          Math.min(ay, by) - HAIR,
          Math.max(ax, bx) + HAIR,
          Math.max(ay, by) + HAIR,
        );
        for (let p = 0; p < pieces; p++) {
          const x0 = ax + ((bx - ax) * p) / pieces;
          const y0 = ay + ((by - ay) * p) / pieces;
          const x1 = ax + ((bx - ax) * (p + 1)) / pieces;
          const y1 = ay + ((by - ay) * (p + 1)) / pieces;
          const pieceKm = pieces === 1 ? segmentKm : haversineKm(x0, y0, x1, y1);
          if (whole !== BOUNDARY) {
            credit(whole, pieceKm);
            continue;
          }
          ts.length = 0;
          index.crossings(x0, y0, x1, y1, ts);
          if (ts.length > 1) ts.sort((a, b) => a - b);
          ts.push(1);
          let from = 0;
          for (const t of ts) {
            if (t <= from) continue;
            const mid = (from + t) / 2;
            const r = index.locate(x0 + (x1 - x0) * mid, y0 + (y1 - y0) * mid);
            credit(r, pieceKm * (t - from));
            from = t;
          }
        }
      }
    }
    return row.take();
  });
  return { byLine, totalKm, outsideKm };
}

/** One line's km per region, summed in a dense scratch row; `take` returns it as a sparse Map
 * (regions in the order first credited) and clears the row for the next line. */
class LineRow {
  private readonly km: Float64Array;
  private readonly touched: number[] = [];
  constructor(regionCount: number) {
    this.km = new Float64Array(regionCount);
  }
  add(region: number, km: number): void {
    if (this.km[region] === 0 && !this.touched.includes(region)) this.touched.push(region);
    this.km[region]! += km;
  }
  take(): Map<number, number> {
    const row = new Map<number, number>();
    for (const r of this.touched) {
      row.set(r, this.km[r]!);
      this.km[r] = 0;
    }
    this.touched.length = 0;
    return row;
  }
}
