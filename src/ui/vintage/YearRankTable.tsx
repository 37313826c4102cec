// The rank-change table of two years: each region's rank then → now, ΔD and the subsystem that
// moved most, largest |ΔD| first (the scenario comparison's table, for years).
import { useMemo } from 'react';
import { localName } from '../../domain/lang';
import { SUBSYSTEM_LABELS } from '../../domain/score/subsystems';
import type { RegionChange } from '../../domain/vintage/compareYears';
import { useAppStore } from '../../state/AppStoreContext';
import { useVintageT } from './useVintageT';

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(4)}`;

export function YearRankTable({
  caption,
  changes,
}: {
  readonly caption: string;
  readonly changes: readonly RegionChange[];
}) {
  const t = useVintageT();
  const lang = useAppStore((state) => state.lang);
  const regions = useAppStore((state) => state.dataset?.atlas.regions);
  const rows = useMemo(
    () =>
      changes
        .filter((c) => c.degreeChange !== undefined || c.rankChange !== undefined)
        .sort((a, b) => Math.abs(b.degreeChange ?? 0) - Math.abs(a.degreeChange ?? 0)),
    [changes],
  );
  const nameOf = (id: string) => {
    const region = regions?.find((r) => r.id === id);
    return region ? localName(region, lang) : id;
  };
  if (rows.length === 0) return <p className="hint">{t('nothingMoved')}</p>;
  return (
    <table className="rank-change-table" data-testid="year-rank-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('region')}</th>
          <th scope="col">{t('rankMove')}</th>
          <th scope="col">{t('deltaD')}</th>
          <th scope="col">{t('movedMost')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.regionId} data-region={row.regionId}>
            <th scope="row">{nameOf(row.regionId)}</th>
            <td>
              {row.rankBefore ?? '–'} → {row.rankAfter ?? '–'}
            </td>
            <td>{row.degreeChange === undefined ? '–' : signed(row.degreeChange)}</td>
            <td>
              {row.movedMost
                ? `${SUBSYSTEM_LABELS[row.movedMost][lang]} ${signed(row.subsystemChange[row.movedMost]!)}`
                : '–'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
