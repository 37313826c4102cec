// Every indicator grouped by subsystem, with its on/off switch and weight (manual sliders or the
// entropy weights of the latest analysis), folded away under a summary to keep the panel short.
import { INDICATOR_REGISTRY } from '../../domain/score/indicatorRegistry';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { SUBSYSTEMS } from '../../domain/score/subsystems';
import { useAppStore } from '../../state/AppStoreContext';
import { IndicatorWeightRow } from './IndicatorWeightRow';
import { SubsystemBadge } from './SubsystemBadge';
import { useScoreT } from './useScoreT';
import { manualIndicatorShares } from './weightEdits';
import type { ScoreAnalysis } from './scoreView';

function entropyShares(analysis: ScoreAnalysis | null): Partial<Record<IndicatorId, number>> {
  if (!analysis) return {};
  const { indicatorIds, columnWeights } = analysis.scores;
  return Object.fromEntries(indicatorIds.map((id, j) => [id, columnWeights[j]]));
}

export function IndicatorWeightList() {
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const weights = useAppStore((state) => state.weights);
  const analysis = useAppStore((state) => state.analysis);
  const shares =
    weights.mode === 'manual' ? manualIndicatorShares(weights) : entropyShares(analysis);
  return (
    <details className="indicator-weights">
      <summary>{t('indicatorList')}</summary>
      {SUBSYSTEMS.map((k) => (
        <fieldset key={k} className="score-fieldset" data-subsystem={k}>
          <legend>
            <SubsystemBadge subsystem={k} lang={lang} />
          </legend>
          {INDICATOR_REGISTRY.filter((def) => def.subsystem === k).map((def) => (
            <IndicatorWeightRow key={def.id} def={def} share={shares[def.id]} />
          ))}
        </fieldset>
      ))}
    </details>
  );
}
