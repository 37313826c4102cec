// The rank-change table of two years: each region's rank then → now, ΔD and the subsystem that
// moved most, largest |ΔD| first (RankMoveTable, as for scenarios).
import { useMemo } from 'react';
import type { RegionChange } from '../../domain/vintage/compareYears';
import { RankMoveTable, type RankMoveRow } from '../score/RankMoveTable';
import { useVintageT } from './useVintageT';

function rankMoveRow(change: RegionChange): RankMoveRow {
  const subsystem = change.movedMost;
  return {
    regionId: change.regionId,
    rankBefore: change.rankBefore,
    rankAfter: change.rankAfter,
    deltaD: change.degreeChange,
    movedMost: subsystem && { subsystem, delta: change.subsystemChange[subsystem]! },
  };
}

export function YearRankTable({
  caption,
  changes,
}: {
  readonly caption: string;
  readonly changes: readonly RegionChange[];
}) {
  const t = useVintageT();
  const rows = useMemo(
    () =>
      changes
        .filter((c) => c.degreeChange !== undefined || c.rankChange !== undefined)
        .sort((a, b) => Math.abs(b.degreeChange ?? 0) - Math.abs(a.degreeChange ?? 0))
        .map(rankMoveRow),
    [changes],
  );
  if (rows.length === 0) return <p className="hint">{t('nothingMoved')}</p>;
  return (
    <RankMoveTable
      caption={caption}
      headings={{
        region: t('region'),
        rank: t('rankMove'),
        deltaD: t('deltaD'),
        movedMost: t('movedMost'),
      }}
      rows={rows}
      testId="year-rank-table"
    />
  );
}
