// Name search over provinces, hubs and sites in either language: case-, width- and
// space-insensitive, prefix matches ranked before substring matches, then by the family's search
// rank (LAYER_FAMILIES: regions, hubs, then sites).
import type { Atlas, LonLat } from './atlas';
import { SEARCHED_LAYER_IDS, type LayerId } from './layerFamilies';

export interface SearchHit {
  readonly layerId: LayerId;
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  readonly position: LonLat;
}

/** Lower-case, full-width ASCII folded to half-width, spaces and dashes removed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-–—·'’.,()（）]/g, '');
}

interface Candidate {
  readonly hit: SearchHit;
  /** Name, Chinese name and id, folded (foldForSearch). */
  readonly folded: readonly string[];
}

const candidatesCache = new WeakMap<Atlas, readonly Candidate[]>();

/** Every searchable feature with its folded names, built on the first search of an atlas. */
function candidates(atlas: Atlas): readonly Candidate[] {
  const cached = candidatesCache.get(atlas);
  if (cached) return cached;
  const list: Candidate[] = [];
  for (const layerId of SEARCHED_LAYER_IDS) {
    for (const record of atlas[layerId]) {
      const position = 'labelPosition' in record ? record.labelPosition : record.position;
      const { id, name, nameZh } = record;
      const hit = { layerId, id, name, nameZh, position };
      list.push({ hit, folded: [name, nameZh ?? '', id].map(foldForSearch) });
    }
  }
  candidatesCache.set(atlas, list);
  return list;
}

/**
 * Features whose English or Chinese name (or id) contains the query, best first.
 * @param limit the most hits returned (default 8)
 */
export function searchFeatures(atlas: Atlas, query: string, limit = 8): SearchHit[] {
  const needle = foldForSearch(query);
  if (needle.length === 0) return [];
  const scored: { hit: SearchHit; rank: number }[] = [];
  candidates(atlas).forEach(({ hit, folded }, order) => {
    const prefix = folded.some((name) => name.startsWith(needle));
    const contains = prefix || folded.some((name) => name.includes(needle));
    if (contains) scored.push({ hit, rank: (prefix ? 0 : 1) * 1e6 + order });
  });
  return scored
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.hit);
}
