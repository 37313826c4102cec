// The rank-change table of one compared scenario: each region's rank before → after, ΔD, the
// subsystem that moved most and the indicators that moved, largest |ΔD| first (RankMoveTable).
import { useMemo } from 'react';
import type { ComparedAnalysis } from '../../domain/scenario/comparison';
import { rankChanges } from '../../domain/scenario/rankChanges';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { useAppStore } from '../../state/AppStoreContext';
import { RankMoveTable } from '../score/RankMoveTable';
import { useScenarioT } from './useScenarioT';

export function RankChangeTable({
  name,
  baseline,
  scenario,
}: {
  name: string;
  baseline: ComparedAnalysis;
  scenario: ComparedAnalysis;
}) {
  const t = useScenarioT();
  const lang = useAppStore((state) => state.lang);
  const rows = useMemo(
    () =>
      rankChanges(baseline, scenario)
        .filter((row) => row.indicators.length > 0 || (row.deltaD ?? 0) !== 0)
        .map((row) => ({
          ...row,
          movedMost: row.subsystem && { subsystem: row.subsystem, delta: row.deltaU! },
          extra: [row.indicators.map((id) => indicatorDef(id).label[lang]).join('、') || '–'],
        })),
    [baseline, scenario, lang],
  );
  if (rows.length === 0) return <p className="hint">{t('nothingMoved')}</p>;
  return (
    <RankMoveTable
      caption={
        <>
          {t('rankTable')} · {name}
        </>
      }
      headings={{
        region: t('region'),
        rank: t('rankMove'),
        deltaD: t('deltaD'),
        movedMost: t('moved'),
        extra: [t('indicatorsMoved')],
      }}
      rows={rows}
      testId="rank-change-table"
    />
  );
}
