// The selected cell's breakdown: its score and status, its province, each criterion's raw value
// with its unit and a bar of its suitability and weight, and the candidate it belongs to. "Build
// here" shows only when the app wires a scenario action (onBuildHere): absent, not disabled.
import { CRITERIA } from '../../domain/sites/criteria';
import { localName } from '../../domain/lang';
import { CELL_STATUSES, SCORED } from '../../domain/sites/scoreCells';
import type { SiteAnalysis } from '../../domain/sites/siteAnalysis';
import { scaleValue } from '../../domain/sites/scale';
import { useAppStore } from '../../state/AppStoreContext';
import { formatNumber } from '../details/formatValue';
import type { BuildHere } from './buildHere';
import { useSitesT } from './useSitesT';

interface Props {
  readonly sites: SiteAnalysis;
  readonly cellId: string | undefined;
  readonly onBuildHere?: BuildHere;
}

export function CellBreakdown({ sites, cellId, onBuildHere }: Props) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const regions = useAppStore((state) => state.dataset?.atlas.regions ?? []);
  const cell = cellId === undefined ? -1 : sites.grid.cellIds.indexOf(cellId);
  if (cell < 0) return <p className="sites-hint">{t('noneSelected')}</p>;
  const { grid, cells, values } = sites;
  const regionId = grid.regionIds[grid.regionIndex[cell]!]!;
  const region = regions.find((r) => r.id === regionId);
  const candidate = sites.candidates.find((c) => c.cells.includes(cell));
  const weightOf = new Map(cells.terms.map((term) => [term.id, term]));
  const status = CELL_STATUSES[cells.status[cell]!];
  const lon = grid.lons[cell]!;
  const lat = grid.lats[cell]!;
  return (
    <section className="sites-breakdown" aria-label={t('breakdown')} data-cell={cellId}>
      <h3>
        {t('breakdown')}:{' '}
        {cells.status[cell] === SCORED
          ? formatNumber(cells.scores[cell]!, lang, 1)
          : t(status === 'masked' ? 'masked' : 'incomplete')}
      </h3>
      <p className="sites-hint">
        {region ? localName(region, lang) : regionId} · {lat.toFixed(3)}° N, {lon.toFixed(3)}° E ·{' '}
        {formatNumber(grid.areaKm2[cell]!, lang, 0)} km² · H3 {cellId}
        {candidate && ` · ${t('candidate')} #${candidate.rank}`}
      </p>
      <ul className="sites-bars">
        {CRITERIA.map((c) => {
          const raw = values[c.id][cell]!;
          const term = weightOf.get(c.id);
          const s = scaleValue(c.scale, raw);
          const shown = term?.penalty ? 1 - s : s;
          return (
            <li key={c.id} data-criterion={c.id}>
              <span className="sites-bar-label">{c.label[lang]}</span>
              <span className="sites-bar" aria-hidden="true">
                <span style={{ width: `${Number.isNaN(shown) ? 0 : shown * 100}%` }} />
              </span>
              <span className="sites-bar-value">
                {Number.isNaN(raw)
                  ? t('missing')
                  : `${formatNumber(raw, lang, c.decimals)} ${c.unit[lang]}`}
                {term ? ` · w ${term.weight.toFixed(2)}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {onBuildHere && (
        <button
          type="button"
          onClick={() => onBuildHere({ cellId: cellId!, position: [lon, lat], regionId })}
        >
          {t('buildHere')}
        </button>
      )}
    </section>
  );
}
