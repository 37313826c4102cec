// Validation: the share of today's known data centres (and of the national clusters) whose cell
// is in the top decile under the default preset, with what it means (random placement gives
// 10 %), the same under the user's weights, and the supply curve (area scoring at least s).
import type { PlacedShare, SiteValidation } from '../../domain/sites/validateSites';
import { useAppStore } from '../../state/AppStoreContext';
import { formatNumber } from '../details/formatValue';
import { useSitesT } from './useSitesT';

const W = 300;
const H = 90;

const percent = (share: PlacedShare) =>
  share.placed > 0 ? (100 * share.inTopDecile) / share.placed : NaN;

function SupplyCurve({ supplyKm2, label }: { supplyKm2: Float64Array; label: string }) {
  const total = supplyKm2[0] || 1;
  const points = Array.from(
    supplyKm2,
    (area, s) => `${(s / 100) * W},${H - (area / total) * H}`,
  ).join(' ');
  return (
    <svg
      className="sites-supply"
      viewBox={`-2 -2 ${W + 4} ${H + 16}`}
      role="img"
      aria-label={label}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      <line x1="0" y1={H} x2={W} y2={H} stroke="currentColor" strokeWidth="0.5" />
      <text x="0" y={H + 12} fontSize="9">
        0
      </text>
      <text x={W - 14} y={H + 12} fontSize="9">
        100
      </text>
      <text x="4" y="8" fontSize="9">{`${Math.round(total).toLocaleString()} km²`}</text>
    </svg>
  );
}

export function ValidationFigure({
  validation,
}: {
  validation: { current: SiteValidation; defaultPreset: SiteValidation };
}) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const { defaultPreset, current } = validation;
  const pct = (share: PlacedShare) => `${formatNumber(percent(share), lang, 0)} %`;
  return (
    <section className="sites-validation" aria-label={t('validation')}>
      <h3>{t('validation')}</h3>
      <p data-validation="default">
        <strong className="sites-figure">{pct(defaultPreset.dataCentres)}</strong> (
        {defaultPreset.dataCentres.inTopDecile}/{defaultPreset.dataCentres.placed}){' '}
        {t('validationText')}; {pct(defaultPreset.clusters)} ({defaultPreset.clusters.inTopDecile}/
        {defaultPreset.clusters.placed}) {t('clustersText')}.
      </p>
      <p className="sites-hint">
        {t('currentText')}: {pct(current.dataCentres)} · {pct(current.clusters)}
      </p>
      <p className="sites-hint">{t('supplyCurve')}</p>
      <SupplyCurve supplyKm2={current.supplyKm2} label={t('supplyCurve')} />
    </section>
  );
}
