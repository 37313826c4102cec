// The ranking table as data: one row per scored region with its name in the current language, and
// a stable sort by any column in either direction. Regions without D always sort last.
import type { LonLat, Region } from '../../domain/atlas';
import { localName, type Lang } from '../../domain/lang';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { SUBSYSTEMS, type Subsystem } from '../../domain/score/subsystems';
import type { WeightsConfig } from '../../domain/score/weightsConfig';
import type { RankRange } from '../../domain/sites/rankRobustness';
import { relevantMissing, type ScoreAnalysis } from './scoreView';

export const SORT_KEYS = ['rank', 'name', 'degree', 'class', 'bottleneck'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RankingSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export const DEFAULT_SORT: RankingSort = { key: 'rank', direction: 'ascending' };

export interface RankingRow {
  readonly regionId: string;
  readonly name: string;
  readonly rank?: number;
  readonly degree?: number;
  readonly classIndex?: number;
  readonly bottleneck?: Subsystem;
  /** Enabled indicators the region lacks. */
  readonly missing: readonly IndicatorId[];
  readonly labelPosition?: LonLat;
  /** Rank p5–p95 when the weights move ±20 % (absent until the worker sends it). */
  readonly rankRange?: RankRange;
}

/** One row per scored region, in the analysis's order. */
export function rankingRows(
  analysis: ScoreAnalysis,
  regions: readonly Region[],
  weights: Pick<WeightsConfig, 'disabledIndicators'>,
  lang: Lang,
): RankingRow[] {
  const byId = new Map(regions.map((region) => [region.id, region]));
  return analysis.scores.regions.map((score) => {
    const region = byId.get(score.regionId);
    return {
      regionId: score.regionId,
      name: region ? localName(region, lang) : score.regionId,
      rank: score.rank,
      degree: score.degree,
      classIndex: score.classIndex,
      bottleneck: score.bottleneck,
      missing: relevantMissing(score, weights),
      rankRange: analysis.rankRanges?.[score.regionId],
      labelPosition: region?.labelPosition,
    };
  });
}

type Value = number | string | undefined;

const SORT_VALUES: Readonly<Record<SortKey, (row: RankingRow) => Value>> = {
  rank: (row) => row.rank,
  name: (row) => row.name,
  degree: (row) => row.degree,
  class: (row) => row.classIndex,
  bottleneck: (row) => (row.bottleneck ? SUBSYSTEMS.indexOf(row.bottleneck) : undefined),
};

/** Rows sorted by one column; missing values last in both directions; ties by rank, then id. */
export function sortRows(rows: readonly RankingRow[], sort: RankingSort, lang: Lang): RankingRow[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const valueOf = SORT_VALUES[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareValues = (a: Value, b: Value) =>
    typeof a === 'string' && typeof b === 'string' ? collator.compare(a, b) : Number(a) - Number(b);
  return [...rows].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if ((x === undefined) !== (y === undefined)) return x === undefined ? 1 : -1;
    const primary = x === undefined ? 0 : sign * compareValues(x, y);
    if (primary !== 0) return primary;
    const rankOrder = (a.rank ?? Infinity) - (b.rank ?? Infinity);
    return Number.isNaN(rankOrder) || rankOrder === 0
      ? a.regionId.localeCompare(b.regionId)
      : rankOrder;
  });
}

/** The sort after a header click: the same column flips; another starts ascending (D: highest first). */
export function nextSort(current: RankingSort, key: SortKey): RankingSort {
  if (current.key !== key) return { key, direction: key === 'degree' ? 'descending' : 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
