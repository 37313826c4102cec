// The rank-change table of one compared scenario: each region's rank before → after, ΔD, the
// subsystem that moved most and the indicators that moved, largest |ΔD| first.
import { useMemo } from 'react';
import type { ComparedAnalysis } from '../../domain/scenario/comparison';
import { rankChanges } from '../../domain/scenario/rankChanges';
import { localName } from '../../domain/lang';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { SUBSYSTEM_LABELS } from '../../domain/score/subsystems';
import { useAppStore } from '../../state/AppStoreContext';
import { useScenarioT } from './useScenarioT';

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(4)}`;

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
  const regions = useAppStore((state) => state.dataset?.atlas.regions);
  const rows = useMemo(
    () =>
      rankChanges(baseline, scenario).filter(
        (row) => row.indicators.length > 0 || (row.deltaD ?? 0) !== 0,
      ),
    [baseline, scenario],
  );
  const nameOf = (id: string) => {
    const region = regions?.find((r) => r.id === id);
    return region ? localName(region, lang) : id;
  };
  if (rows.length === 0) return <p className="hint">{t('nothingMoved')}</p>;
  return (
    <table className="rank-change-table" data-testid="rank-change-table">
      <caption>
        {t('rankTable')} · {name}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('region')}</th>
          <th scope="col">{t('rankMove')}</th>
          <th scope="col">{t('deltaD')}</th>
          <th scope="col">{t('moved')}</th>
          <th scope="col">{t('indicatorsMoved')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.regionId} data-region={row.regionId}>
            <th scope="row">{nameOf(row.regionId)}</th>
            <td>
              {row.rankBefore ?? '–'} → {row.rankAfter ?? '–'}
            </td>
            <td>{row.deltaD === undefined ? '–' : signed(row.deltaD)}</td>
            <td>
              {row.subsystem
                ? `${SUBSYSTEM_LABELS[row.subsystem][lang]} ${signed(row.deltaU!)}`
                : '–'}
            </td>
            <td>{row.indicators.map((id) => indicatorDef(id).label[lang]).join('、') || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
