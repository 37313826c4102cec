// The preset list: choosing one replaces weights, penalties and masks (grid settings stay); the
// chosen preset's reasoning and sources are shown, with "edited" once the weights differ.
import { useId } from 'react';
import { CRITERIA } from '../../domain/sites/criteria';
import {
  SITE_PRESETS,
  SITE_PRESET_IDS,
  applySitePreset,
  isSitePresetId,
} from '../../domain/sites/sitePresets';
import type { SiteSettings } from '../../domain/sites/siteSettings';
import { useAppStore } from '../../state/AppStoreContext';
import { useSitesT } from './useSitesT';

function isEdited(settings: SiteSettings): boolean {
  const preset = applySitePreset(settings.preset);
  return (
    CRITERIA.some((c) => preset.weights[c.id] !== settings.weights[c.id]) ||
    JSON.stringify(preset.masks) !== JSON.stringify(settings.masks) ||
    JSON.stringify(preset.penalties) !== JSON.stringify(settings.penalties)
  );
}

export function PresetPicker({
  settings,
  onChange,
}: {
  settings: SiteSettings;
  onChange: (s: SiteSettings) => void;
}) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const id = useId();
  const preset = SITE_PRESETS[settings.preset];
  return (
    <div className="sites-preset">
      <label htmlFor={id}>{t('preset')}</label>{' '}
      <select
        id={id}
        value={settings.preset}
        onChange={(event) => {
          const next = event.target.value;
          if (isSitePresetId(next)) onChange(applySitePreset(next, settings));
        }}
      >
        {SITE_PRESET_IDS.map((p) => (
          <option key={p} value={p}>
            {SITE_PRESETS[p].label[lang]}
          </option>
        ))}
      </select>
      {isEdited(settings) && <span className="sites-edited"> ({t('edited')})</span>}
      <p className="sites-hint">{preset.reasoning[lang]}</p>
      <details>
        <summary>{t('sources')}</summary>
        <ul>
          {preset.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
