// The latency settings: one way or round trip, route factor, per-hop overhead, which demand hubs
// count, and whether the 1/5/20 ms rings are drawn. They drive the score's latency, the latency
// constraint (kept in step by the caller) and the rings alike.
import { memo, useId } from 'react';
import { LATENCY_MODES, type LatencySettings } from '../../domain/network/latencySettings';
import { localName, type Lang } from '../../domain/lang';
import { useAppStore } from '../../state/AppStoreContext';
import { CheckboxList } from './CheckboxList';
import type { DatasetChoices } from './datasetChoices';
import { demandHubIds, toggleDemandHub } from './demandHubChoice';
import { SliderInput } from './SliderInput';
import { LATENCY_SLIDERS } from './sliderRanges';
import type { ConstraintText } from './useConstraintText';

const MODE_KEYS = { one_way: 'oneWay', round_trip: 'roundTrip' } as const;

export interface LatencySettingsFormProps {
  readonly latency: LatencySettings;
  readonly onLatency: (next: LatencySettings) => void;
  readonly choices: DatasetChoices;
  readonly lang: Lang;
  readonly t: ConstraintText;
}

/** Memoised: a new analysis, which re-renders the editors, leaves the settings alone. */
export const LatencySettingsForm = memo(function LatencySettingsForm({
  latency,
  onLatency,
  choices,
  lang,
  t,
}: LatencySettingsFormProps) {
  const id = useId();
  const showRings = useAppStore((state) => state.showLatencyRings);
  const setShowRings = useAppStore((state) => state.setShowLatencyRings);
  const hubs = choices.demandHubCandidates;
  const chosen = demandHubIds(hubs, latency);
  const number = (
    field: 'routeFactor' | 'perHopOverheadMs',
    key: 'routeFactor' | 'perHopOverhead',
  ) => (
    <SliderInput
      label={t(key)}
      inputLabel={t(key)}
      value={latency[field]}
      range={LATENCY_SLIDERS[field]}
      lang={lang}
      onValue={(value) => {
        const min = field === 'routeFactor' ? 1 : 0;
        if (value >= min) onLatency({ ...latency, [field]: value });
      }}
    />
  );
  return (
    <fieldset className="latency-settings">
      <legend>{t('latencySettings')}</legend>
      <div role="radiogroup" aria-labelledby={`${id}-mode`} className="latency-mode">
        <span id={`${id}-mode`}>{t('latencyMode')}</span>
        {LATENCY_MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={latency.mode === mode}
              onChange={() => onLatency({ ...latency, mode })}
            />
            {t(MODE_KEYS[mode])}
          </label>
        ))}
      </div>
      {number('routeFactor', 'routeFactor')}
      {number('perHopOverheadMs', 'perHopOverhead')}
      <CheckboxList
        legend={t('demandHubs')}
        options={hubs.map((hub) => ({ value: hub.id, label: localName(hub, lang) }))}
        selected={chosen}
        onChange={(hubId, on) => onLatency(toggleDemandHub(latency, hubs, hubId, on))}
      />
      {chosen.size === 0 && <p className="constraint-warning">{t('noDemandHub')}</p>}
      <label className="constraint-switch">
        <input
          type="checkbox"
          checked={showRings}
          onChange={(event) => setShowRings(event.target.checked)}
        />
        <span>{t('showRings')}</span>
      </label>
      <p className="constraint-note">{t('ringsNote')}</p>
    </fieldset>
  );
});
