// Manual or entropy indicator weights, as a radio group.
import { WEIGHT_MODES, type WeightMode } from '../../domain/score/weightsConfig';
import { useAppStore } from '../../state/AppStoreContext';
import type { ScoreMessageKey } from './scoreMessages';
import { useScoreT } from './useScoreT';
import { withMode } from './weightEdits';

const MODE_LABELS: Readonly<Record<WeightMode, ScoreMessageKey>> = {
  manual: 'modeManual',
  entropy: 'modeEntropy',
};

export function WeightModeSwitch() {
  const t = useScoreT();
  const weights = useAppStore((state) => state.weights);
  const setWeights = useAppStore((state) => state.setWeights);
  return (
    <fieldset className="score-fieldset mode-switch">
      <legend>{t('weightMode')}</legend>
      {WEIGHT_MODES.map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="weight-mode"
            value={mode}
            checked={weights.mode === mode}
            onChange={() => setWeights(withMode(weights, mode))}
          />
          {t(MODE_LABELS[mode])}
        </label>
      ))}
      {weights.mode === 'entropy' && <p className="score-hint">{t('entropyHint')}</p>}
    </fieldset>
  );
}
