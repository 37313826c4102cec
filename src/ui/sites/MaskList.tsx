// Hard masks, applied before the soft score (the constraint model's inclusive max/min): one switch
// and threshold per criterion that has a mask row.
import { CRITERIA, type CriterionId } from '../../domain/sites/criteria';
import type { SiteSettings } from '../../domain/sites/siteSettings';
import { useAppStore } from '../../state/AppStoreContext';
import { useSitesT } from './useSitesT';

interface Props {
  readonly settings: SiteSettings;
  readonly onChange: (patch: Partial<SiteSettings>) => void;
}

export function MaskList({ settings, onChange }: Props) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const maskable = CRITERIA.filter((c) => c.mask);
  const setMask = (id: CriterionId, threshold: number | null) => {
    const others = settings.masks.filter((m) => m.id !== id);
    const next = threshold === null ? others : [...others, { id, threshold }];
    onChange({ masks: CRITERIA.flatMap((c) => next.filter((m) => m.id === c.id)) });
  };
  return (
    <fieldset className="sites-masks">
      <legend>{t('masks')}</legend>
      {maskable.map((c) => {
        const mask = c.mask!;
        const current = settings.masks.find((m) => m.id === c.id);
        return (
          <div key={c.id} className="sites-mask" data-mask={c.id}>
            <label>
              <input
                type="checkbox"
                checked={current !== undefined}
                onChange={(event) =>
                  setMask(c.id, event.target.checked ? mask.defaultThreshold : null)
                }
              />{' '}
              {c.label[lang]} {mask.comparison === 'max' ? t('atMost') : t('atLeast')}
            </label>{' '}
            <input
              type="number"
              aria-label={`${c.label[lang]} ${t('mask')} (${c.unit[lang]})`}
              min={mask.range[0]}
              max={mask.range[1]}
              step={mask.range[1] - mask.range[0] > 50 ? 10 : 1}
              disabled={current === undefined}
              value={current?.threshold ?? mask.defaultThreshold}
              onChange={(event) => {
                const value = Number(event.target.value);
                if (event.target.value !== '' && Number.isFinite(value)) setMask(c.id, value);
              }}
            />{' '}
            {c.unit[lang]}
          </div>
        );
      })}
    </fieldset>
  );
}
