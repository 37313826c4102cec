// What the ends of a drawn line may snap to, per line family, as one table: a UHV line ends at a
// plant or an existing line's end (a station); a fibre link at a vertex of the fibre network, a
// network node or a hub, so that it joins the graph latency is measured on.
import type { Atlas, LonLat } from '../atlas';
import { localName, type Lang } from '../lang';
import type { LineLayerId, PointLayerId } from '../layerFamilies';
import type { PlaceCandidate } from './snapToPlace';

interface SnapSources {
  /** Point families whose sites are places to end at. */
  readonly points: readonly PointLayerId[];
  /** Line families whose path ends (and, with `vertices`, every vertex) are places to end at. */
  readonly lines: readonly LineLayerId[];
  readonly vertices: boolean;
}

export const SNAP_SOURCES: { readonly [L in LineLayerId]: SnapSources } = {
  power_lines: { points: ['power_plants'], lines: ['power_lines'], vertices: false },
  fibre_routes: { points: ['network_nodes', 'hubs'], lines: ['fibre_routes'], vertices: true },
};

/** The places an end of a new line of `layerId` snaps to, names in `lang`. */
export function snapCandidates(atlas: Atlas, layerId: LineLayerId, lang: Lang): PlaceCandidate[] {
  const sources = SNAP_SOURCES[layerId];
  const places: PlaceCandidate[] = [];
  for (const family of sources.points) {
    for (const site of atlas[family]) {
      places.push({ position: site.position, name: localName(site, lang) });
    }
  }
  for (const family of sources.lines) {
    for (const line of atlas[family]) {
      const name = localName(line, lang);
      for (const path of line.geometry.coordinates) {
        const chosen = sources.vertices ? path : [path[0], path.at(-1)];
        for (const p of chosen) if (p) places.push({ position: [p[0]!, p[1]!] as LonLat, name });
      }
    }
  }
  return places;
}
