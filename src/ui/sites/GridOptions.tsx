// The grid and candidate settings: resolution (5 nationally by default, 6 finer and slower), the
// province the grid covers (the whole country by default; one province makes resolution 6 quick),
// the candidate percentile and R of the generation criteria.
import {
  GENERATION_RADIUS_RANGE_KM,
  PERCENTILE_RANGE,
  type SiteSettings,
} from '../../domain/sites/siteSettings';
import { localName } from '../../domain/lang';
import { useAppStore } from '../../state/AppStoreContext';
import { useSitesT } from './useSitesT';

interface Props {
  readonly settings: SiteSettings;
  readonly onChange: (patch: Partial<SiteSettings>) => void;
}

export function GridOptions({ settings, onChange }: Props) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const regions = useAppStore((state) => state.dataset?.atlas.regions ?? []);
  const covered = regions.filter((r) => !r.outsideCoverage);
  const area = settings.area;
  const known = area === undefined || covered.some((r) => r.id === area);
  return (
    <fieldset className="sites-grid-options">
      <legend>{t('grid')}</legend>
      <div role="radiogroup" aria-label={t('resolution')}>
        {([5, 6] as const).map((resolution) => (
          <label key={resolution}>
            <input
              type="radio"
              name="sites-resolution"
              checked={settings.resolution === resolution}
              onChange={() => onChange({ resolution, selectedCell: undefined })}
            />{' '}
            {t(resolution === 5 ? 'res5' : 'res6')}
          </label>
        ))}
      </div>
      <label>
        {t('gridArea')}{' '}
        <select
          value={known ? (area ?? '') : ''}
          onChange={(event) =>
            onChange({ area: event.target.value || undefined, selectedCell: undefined })
          }
        >
          <option value="">{t('wholeCountry')}</option>
          {covered.map((region) => (
            <option key={region.id} value={region.id}>
              {localName(region, lang)}
            </option>
          ))}
        </select>
      </label>
      {!known && <p className="hint">{t('unknownArea')}</p>}
      <label>
        {t('percentile')}{' '}
        <input
          type="number"
          min={PERCENTILE_RANGE[0]}
          max={PERCENTILE_RANGE[1]}
          value={settings.percentile}
          onChange={(event) => {
            const value = Math.round(Number(event.target.value));
            if (value >= PERCENTILE_RANGE[0] && value <= PERCENTILE_RANGE[1])
              onChange({ percentile: value });
          }}
        />
      </label>
      <label>
        {t('radius')}{' '}
        <input
          type="number"
          min={GENERATION_RADIUS_RANGE_KM[0]}
          max={GENERATION_RADIUS_RANGE_KM[1]}
          step={25}
          value={settings.generationRadiusKm}
          onChange={(event) => {
            const value = Math.round(Number(event.target.value));
            const [min, max] = GENERATION_RADIUS_RANGE_KM;
            if (value >= min && value <= max) onChange({ generationRadiusKm: value });
          }}
        />{' '}
        km
      </label>
    </fieldset>
  );
}
