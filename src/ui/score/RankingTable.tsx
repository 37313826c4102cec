// The ranking of regions by D, synced with the map: sortable columns, a click (or Enter on the
// name) selects the region and flies to it, hovering a row emphasises it on the map.
import { useCallback, useMemo, useState } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { MAX_COMPARED_REGIONS } from '../../state/url/shareableState';
import {
  DEFAULT_SORT,
  nextSort,
  rankingRows,
  sortRows,
  type RankingRow as Row,
  type SortKey,
} from './rankingRows';
import { RankingRow } from './RankingRow';
import type { ScoreMessageKey } from './scoreMessages';
import type { ScoreAnalysis } from './scoreView';
import { SortHeader } from './SortHeader';
import { useScoreT } from './useScoreT';
import { fillMessage } from '../i18n/fillMessage';
import { INDICATOR_IDS } from '../../domain/score/indicatorIds';
import { yearSpan } from './indicatorVintage';
import { useIndicatorVintage } from './useIndicatorVintage';

/** Zoom the map flies to for a region picked in the table (a province fits around it). */
export const REGION_FLY_ZOOM = 5.5;

const COLUMNS: readonly { key: SortKey; label: ScoreMessageKey; short?: ScoreMessageKey }[] = [
  { key: 'rank', label: 'rank', short: 'rankShort' },
  { key: 'name', label: 'region' },
  { key: 'degree', label: 'degreeShort' },
  { key: 'class', label: 'class' },
  { key: 'bottleneck', label: 'bottleneck' },
];

const NO_REGIONS = [] as const;

export function RankingTable({ analysis }: { analysis: ScoreAnalysis }) {
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const regions = useAppStore((state) => state.dataset?.atlas.regions ?? NO_REGIONS);
  const weights = useAppStore((state) => state.weights);
  const selection = useAppStore((state) => state.selection);
  const hovered = useAppStore((state) => state.hovered);
  const compared = useAppStore((state) => state.compareRegionIds);
  const select = useAppStore((state) => state.select);
  const hover = useAppStore((state) => state.hover);
  const requestCamera = useAppStore((state) => state.requestCamera);
  const toggleCompare = useAppStore((state) => state.toggleCompare);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const vintageOf = useIndicatorVintage();
  const years = yearSpan(
    INDICATOR_IDS.filter((id) => !weights.disabledIndicators.includes(id)).map(vintageOf),
  );
  const rows = useMemo(
    () => sortRows(rankingRows(analysis, regions, weights, lang), sort, lang),
    [analysis, regions, weights, lang, sort],
  );
  const onPick = useCallback(
    (row: Row) => {
      select({ layerId: 'regions', id: row.regionId });
      if (!row.labelPosition) return;
      const [longitude, latitude] = row.labelPosition;
      requestCamera({ kind: 'fly', longitude, latitude, zoom: REGION_FLY_ZOOM });
    },
    [select, requestCamera],
  );
  const onHover = useCallback(
    (id: string | null) => hover(id ? { layerId: 'regions', id } : null),
    [hover],
  );
  const isRegion = (ref: { layerId: string; id: string } | null, id: string) =>
    ref?.layerId === 'regions' && ref.id === id;
  const full = compared.length >= MAX_COMPARED_REGIONS;
  return (
    <table className="ranking-table" aria-label={t('ranking')}>
      {years && (
        <caption className="ranking-vintages">
          {fillMessage(t('rankingVintages'), { years })}
        </caption>
      )}
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('compare')}</span>
          </th>
          {COLUMNS.map((column) => (
            <SortHeader
              key={column.key}
              column={column.key}
              sort={sort}
              onSort={(key) => setSort(nextSort(sort, key))}
              label={`${t('sortBy')}: ${t(column.label)}`}
            >
              {t(column.short ?? column.label)}
            </SortHeader>
          ))}
        </tr>
      </thead>
      <tbody onMouseLeave={() => onHover(null)}>
        {rows.map((row) => (
          <RankingRow
            key={row.regionId}
            row={row}
            lang={lang}
            selected={isRegion(selection, row.regionId)}
            hovered={isRegion(hovered, row.regionId)}
            compared={compared.includes(row.regionId)}
            compareFull={full}
            onPick={onPick}
            onHover={onHover}
            onToggleCompare={toggleCompare}
          />
        ))}
      </tbody>
    </table>
  );
}
