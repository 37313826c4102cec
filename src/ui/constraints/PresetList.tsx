// The policy presets: one click replaces the constraints with the published thresholds; each
// names its source on hover and, for keyboard and touch users, in an expandable note.
import { memo } from 'react';
import {
  POLICY_PRESET_IDS,
  POLICY_PRESETS,
  type PolicyPreset,
} from '../../domain/constraints/policyPresets';
import type { Constraint } from '../../domain/constraints/constraint';
import type { Lang } from '../../domain/lang';
import { isPresetApplied } from './applyPreset';
import type { ConstraintText } from './useConstraintText';

export interface PresetListProps {
  readonly constraints: readonly Constraint[];
  readonly onApply: (preset: PolicyPreset) => void;
  readonly lang: Lang;
  readonly t: ConstraintText;
}

export const PresetList = memo(function PresetList({
  constraints,
  onApply,
  lang,
  t,
}: PresetListProps) {
  return (
    <section className="constraint-presets" aria-labelledby="constraint-presets-title">
      <h3 id="constraint-presets-title">{t('presets')}</h3>
      <ul>
        {POLICY_PRESET_IDS.map((id) => {
          const preset = POLICY_PRESETS[id];
          return (
            <li key={id}>
              <button
                type="button"
                className="text-button preset-button"
                aria-pressed={isPresetApplied(preset, constraints)}
                title={`${t('presetSource')}: ${preset.source[lang]}`}
                data-preset={id}
                onClick={() => onApply(preset)}
              >
                {preset.label[lang]}
              </button>
              <details className="preset-source">
                <summary>{t('presetSource')}</summary>
                <p>{preset.source[lang]}</p>
                <p>
                  <span className="constraint-note">{t('presetHowRead')}: </span>
                  {preset.note[lang]}
                </p>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
