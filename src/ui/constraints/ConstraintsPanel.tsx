// The Constraints tab: live pass count, policy presets, the power / network / compute groups
// with their editors, the latency settings, and "clear all". Every edit goes straight to the
// store; the worker recomputes and the count, histograms and map follow.
import { useCallback, useMemo } from 'react';
import { emptyAtlas } from '../../domain/atlas';
import type { Constraint } from '../../domain/constraints/constraint';
import { CONSTRAINT_GROUPS } from '../../domain/constraints/constraintKinds';
import type { PolicyPreset } from '../../domain/constraints/policyPresets';
import type { LatencySettings } from '../../domain/network/latencySettings';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { applyPreset } from './applyPreset';
import { ConstraintGroupSection } from './ConstraintGroupSection';
import { datasetChoices } from './datasetChoices';
import type { EditorEnv } from './editorProps';
import { LatencySettingsForm } from './LatencySettingsForm';
import { withLatencySettings } from './latencyInStep';
import { PassCount } from './PassCount';
import { PresetList } from './PresetList';
import { useConstraintText } from './useConstraintText';
import './constraints.css';

const EMPTY_ATLAS = emptyAtlas();

export function ConstraintsPanel() {
  const t = useConstraintText();
  const store = useAppStoreApi();
  const lang = useAppStore((state) => state.lang);
  const constraints = useAppStore((state) => state.constraints);
  const latency = useAppStore((state) => state.latency);
  const atlas = useAppStore((state) => state.dataset?.atlas) ?? EMPTY_ATLAS;
  const evaluation = useAppStore((state) => state.analysis?.constraints);
  const choices = useMemo(() => datasetChoices(atlas), [atlas]);
  const env: EditorEnv = useMemo(
    () => ({ lang, t, choices, evaluation }),
    [lang, t, choices, evaluation],
  );
  const setConstraints = useCallback(
    (next: readonly Constraint[]) =>
      store.getState().setConstraints(withLatencySettings(next, store.getState().latency)),
    [store],
  );
  const setLatency = useCallback(
    (next: LatencySettings) => {
      const state = store.getState();
      state.setLatency(next);
      const inStep = withLatencySettings(state.constraints, next);
      if (inStep !== state.constraints) state.setConstraints(inStep);
    },
    [store],
  );
  const onPreset = useCallback(
    (preset: PolicyPreset) => {
      const result = applyPreset(preset, store.getState().latency);
      store.getState().setLatency(result.latency);
      store.getState().setConstraints(result.constraints);
    },
    [store],
  );
  return (
    <div className="constraints-panel" data-testid="constraints-panel">
      <PassCount evaluation={evaluation} constraintCount={constraints.length} lang={lang} t={t} />
      <PresetList constraints={constraints} onApply={onPreset} lang={lang} t={t} />
      {CONSTRAINT_GROUPS.map((group) => (
        <ConstraintGroupSection
          key={group}
          group={group}
          constraints={constraints}
          onConstraints={setConstraints}
          defaults={{ latency, choices }}
          env={env}
        >
          {group === 'network' && (
            <LatencySettingsForm
              latency={latency}
              onLatency={setLatency}
              choices={choices}
              lang={lang}
              t={t}
            />
          )}
        </ConstraintGroupSection>
      ))}
      <p className="constraint-note">{t('unknownPasses')}</p>
      <button
        type="button"
        className="text-button"
        disabled={constraints.length === 0}
        onClick={() => setConstraints([])}
      >
        {t('clearAll')}
      </button>
    </div>
  );
}
