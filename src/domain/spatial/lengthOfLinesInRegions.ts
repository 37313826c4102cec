// Kilometres of each line inside each region. Segments are split exactly where they cross region
// edges (found through the edge index) and each piece is credited to the region holding its middle.
import type { MultiLineString } from 'geojson';
import type { Region } from '../atlas';
import { asRegionIndex } from './assignPointsToRegions';
import type { RegionIndex } from './createRegionIndex';
import { haversineKmRaw as haversineKm } from '../geo/haversineKm';

/** Longer segments are cut into pieces of at most this length, so that the lon/lat-straight path
 * the map draws is measured piece by piece (keeps the error well under 1%). */
export const MAX_PIECE_KM = 25;

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
  const ts: number[] = [];
  const byLine = lines.map((line, l) => {
    const perRegion = new Map<number, number>();
    const credit = (x: number, y: number, km: number) => {
      const r = index.locate(x, y);
      if (r < 0) outsideKm[l]! += km;
      else {
        perRegion.set(r, (perRegion.get(r) ?? 0) + km);
        totalKm[r]! += km;
      }
    };
    for (const path of line.geometry.coordinates) {
      for (let i = 0; i + 1 < path.length; i++) {
        const [ax, ay] = path[i] as [number, number];
        const [bx, by] = path[i + 1] as [number, number];
        const segmentKm = haversineKm(ax, ay, bx, by);
        const pieces = Math.max(1, Math.ceil(segmentKm / MAX_PIECE_KM));
        for (let p = 0; p < pieces; p++) {
          const x0 = ax + ((bx - ax) * p) / pieces;
          const y0 = ay + ((by - ay) * p) / pieces;
          const x1 = ax + ((bx - ax) * (p + 1)) / pieces;
          const y1 = ay + ((by - ay) * (p + 1)) / pieces;
          const pieceKm = pieces === 1 ? segmentKm : haversineKm(x0, y0, x1, y1);
          ts.length = 0;
          index.crossings(x0, y0, x1, y1, ts);
          if (ts.length > 1) ts.sort((a, b) => a - b);
          ts.push(1);
          let from = 0;
          for (const t of ts) {
            if (t <= from) continue;
            const mid = (from + t) / 2;
            credit(x0 + (x1 - x0) * mid, y0 + (y1 - y0) * mid, pieceKm * (t - from));
            from = t;
          }
        }
      }
    }
    return perRegion;
  });
  return { byLine, totalKm, outsideKm };
}
