// One weight slider per criterion (0–1, step 0.05), with its unit, explanation, vintage and source
// one click away, and a penalty switch on the two-way criteria; the criteria left out of the score
// (their layer is empty) say why.
import { CRITERIA, type CriterionId } from '../../domain/sites/criteria';
import type { Unavailable } from '../../domain/sites/measureAllCriteria';
import type { SiteSettings } from '../../domain/sites/siteSettings';
import { useAppStore } from '../../state/AppStoreContext';
import { useSitesT } from './useSitesT';

interface Props {
  readonly settings: SiteSettings;
  readonly unavailable: readonly Unavailable[];
  readonly onChange: (patch: Partial<SiteSettings>) => void;
}

export function CriterionWeights({ settings, unavailable, onChange }: Props) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const setWeight = (id: CriterionId, weight: number) =>
    onChange({ weights: { ...settings.weights, [id]: weight } });
  const setPenalty = (id: CriterionId, on: boolean) =>
    onChange({
      penalties: on ? [...settings.penalties, id] : settings.penalties.filter((p) => p !== id),
    });
  return (
    <fieldset className="sites-weights">
      <legend>{t('weights')}</legend>
      <p className="sites-hint">{t('weightHint')}</p>
      {CRITERIA.map((c) => {
        const missing = unavailable.find((u) => u.id === c.id);
        const weight = settings.weights[c.id];
        return (
          <div key={c.id} className="sites-weight" data-criterion={c.id}>
            <label>
              <span className="sites-weight-label">
                {c.label[lang]} <small>({c.unit[lang]})</small>
              </span>
              <input
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={weight}
                aria-label={`${c.label[lang]} ${t('weights')}`}
                onChange={(event) => setWeight(c.id, Number(event.target.value))}
              />
              <output>{weight.toFixed(2)}</output>
            </label>
            {c.bothWays && (
              <label className="sites-penalty">
                <input
                  type="checkbox"
                  checked={settings.penalties.includes(c.id)}
                  onChange={(event) => setPenalty(c.id, event.target.checked)}
                />{' '}
                {t('penalty')}
              </label>
            )}
            {missing && (
              <p className="sites-warning" role="status">
                {t('unavailable')}:{' '}
                {missing.reason === 'empty_layer'
                  ? `${t('emptyLayer')} (${missing.layer})`
                  : t('noValue')}
              </p>
            )}
            <details>
              <summary className="sites-hint">{c.explanation[lang]}</summary>
              <p className="sites-hint">
                {c.vintage} · {c.source}
              </p>
            </details>
          </div>
        );
      })}
    </fieldset>
  );
}
