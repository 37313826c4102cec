// The ranked candidate sites, synced with the map: hovering or focusing a row outlines the
// candidate, Enter or a click flies there and selects its best cell. Rank ranges under ±20 %
// weights and the share of draws in the top 10 stand beside each score; "robust only" filters.
import { criterionDef } from '../../domain/sites/criteria';
import type { SiteAnalysis, SiteCandidate } from '../../domain/sites/siteAnalysis';
import type { SiteSettings } from '../../domain/sites/siteSettings';
import { useAppStore } from '../../state/AppStoreContext';
import { formatNumber } from '../details/formatValue';
import { candidateRows } from './candidateRows';
import { useSitesT } from './useSitesT';

interface Props {
  readonly sites: SiteAnalysis;
  readonly settings: SiteSettings;
  readonly onChange: (patch: Partial<SiteSettings>) => void;
}

const FLY_ZOOM = 6.5;

export function CandidateTable({ sites, settings, onChange }: Props) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const regions = useAppStore((state) => state.dataset?.atlas.regions ?? []);
  const hoverSite = useAppStore((state) => state.hoverSite);
  const requestCamera = useAppStore((state) => state.requestCamera);
  const rows = candidateRows(sites.candidates, regions, lang, settings.robustOnly);
  const open = (c: SiteCandidate) => {
    requestCamera({ kind: 'fly', longitude: c.centre[0], latitude: c.centre[1], zoom: FLY_ZOOM });
    onChange({ selectedCell: c.id });
  };
  return (
    <section className="sites-candidates" aria-label={t('candidates')}>
      <h3>{t('candidates')}</h3>
      <label>
        <input
          type="checkbox"
          checked={settings.robustOnly}
          onChange={(event) => onChange({ robustOnly: event.target.checked })}
        />{' '}
        {t('robustOnly')}
      </label>
      {sites.candidates.length === 0 ? (
        <p>{t('noCandidates')}</p>
      ) : (
        <table className="sites-table" data-candidate-count={sites.candidates.length}>
          <thead>
            <tr>
              <th scope="col">{t('rank')}</th>
              <th scope="col">{t('place')}</th>
              <th scope="col">{t('score')}</th>
              <th scope="col">{t('area')} (km²)</th>
              <th scope="col">{t('rankRange')}</th>
              <th scope="col">{t('topTen')}</th>
              <th scope="col">{t('signals')}</th>
            </tr>
          </thead>
          <tbody onMouseLeave={() => hoverSite(null)}>
            {rows.map(({ candidate: c, placeText, robust }) => (
              <tr
                key={c.id}
                tabIndex={0}
                data-candidate={c.id}
                aria-selected={settings.selectedCell === c.id}
                className={robust ? 'robust' : undefined}
                onMouseEnter={() => hoverSite({ candidateId: c.id })}
                onFocus={() => hoverSite({ candidateId: c.id })}
                onBlur={() => hoverSite(null)}
                onClick={() => open(c)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    open(c);
                  }
                }}
              >
                <td>{c.rank}</td>
                <td>{placeText}</td>
                <td>{formatNumber(c.score, lang, 1)}</td>
                <td>{formatNumber(c.areaKm2, lang, 0)}</td>
                <td>
                  {c.rankRange.p5}–{c.rankRange.p95}
                </td>
                <td>{formatNumber(c.rankRange.topShare * 100, lang, 0)} %</td>
                <td>{c.topSignals.map((id) => criterionDef(id).label[lang]).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="sites-hint">{t('robustnessNote')}</p>
    </section>
  );
}
