// The candidate table's rows: the candidates the filter keeps (robust ones only, if asked), at
// most MAX_ROWS, each with its place and province named in the language.
import { localName, type Lang } from '../../domain/lang';
import type { Region } from '../../domain/atlas';
import { isRobust } from '../../domain/sites/rankRobustness';
import type { SiteCandidate } from '../../domain/sites/siteAnalysis';

export const MAX_ROWS = 30;

export interface CandidateRow {
  readonly candidate: SiteCandidate;
  /** "Near Ordos (12 km), Inner Mongolia". */
  readonly placeText: string;
  readonly robust: boolean;
}

export function candidateRows(
  candidates: readonly SiteCandidate[],
  regions: readonly Region[],
  lang: Lang,
  robustOnly: boolean,
): CandidateRow[] {
  const regionName = new Map(regions.map((r) => [r.id, localName(r, lang)]));
  return candidates
    .filter((c) => !robustOnly || isRobust(c.rankRange))
    .slice(0, MAX_ROWS)
    .map((candidate) => {
      const place = candidate.place;
      const near = place ? `${localName(place, lang)} (${Math.round(place.distanceKm)} km)` : '—';
      const province = regionName.get(candidate.regionId) ?? candidate.regionId;
      return {
        candidate,
        placeText: `${near}, ${province}`,
        robust: isRobust(candidate.rankRange),
      };
    });
}
