// The subsystem weights α: one labelled slider per subsystem, each showing its share after the
// weights are rescaled to sum 1. Arrow keys move a slider by one step.
import { SUBSYSTEMS } from '../../domain/score/subsystems';
import { useAppStore } from '../../state/AppStoreContext';
import { formatIndex } from './formatScore';
import { SubsystemBadge } from './SubsystemBadge';
import { useScoreT } from './useScoreT';
import {
  activeSubsystems,
  subsystemShares,
  WEIGHT_SLIDER,
  withSubsystemWeight,
} from './weightEdits';

export function SubsystemWeightSliders() {
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const weights = useAppStore((state) => state.weights);
  const setWeights = useAppStore((state) => state.setWeights);
  const shares = subsystemShares(weights);
  const active = activeSubsystems(weights);
  return (
    <fieldset className="score-fieldset">
      <legend>{t('subsystemWeights')}</legend>
      {SUBSYSTEMS.map((k) => {
        const id = `alpha-${k}`;
        const share = formatIndex(shares[k], lang);
        return (
          <div className="weight-row" key={k} data-subsystem={k}>
            <label htmlFor={id}>
              <SubsystemBadge subsystem={k} lang={lang} />
            </label>
            <input
              id={id}
              type="range"
              {...WEIGHT_SLIDER}
              value={weights.subsystemWeights[k]}
              disabled={!active.includes(k)}
              aria-valuetext={`${share} (${t('share')})`}
              onChange={(event) =>
                setWeights(withSubsystemWeight(weights, k, Number(event.target.value)))
              }
            />
            <output htmlFor={id} className="weight-value">
              {share}
            </output>
          </div>
        );
      })}
      <p className="score-hint">{t('subsystemWeightsHint')}</p>
    </fieldset>
  );
}
