// Every indicator grouped by subsystem, with its on/off switch and weight (manual sliders or the
// entropy weights of the latest analysis), its figures' year and what they cover, folded away
// under a summary to keep the panel short.
import type { Lang } from '../../domain/lang';
import type { Atlas } from '../../domain/atlas';
import { INDICATOR_REGISTRY, type IndicatorDef } from '../../domain/score/indicatorRegistry';
import { fillMessage } from '../i18n/fillMessage';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { SUBSYSTEMS } from '../../domain/score/subsystems';
import { useAppStore } from '../../state/AppStoreContext';
import { IndicatorWeightRow } from './IndicatorWeightRow';
import { SubsystemBadge } from './SubsystemBadge';
import { useScoreT } from './useScoreT';
import { manualIndicatorShares } from './weightEdits';
import type { ScoreAnalysis } from './scoreView';
import { layerOf, sampleCounts } from './sampleCounts';
import { SCORE_MESSAGES } from './scoreMessages';
import { useIndicatorVintage } from './useIndicatorVintage';

/** What the figures cover, in words: the sample's checked and recalled counts, a partial source. */
function coverageOf(def: IndicatorDef, atlas: Atlas | undefined, lang: Lang): string | undefined {
  const parts: string[] = [];
  const layer = layerOf(def.source);
  if (def.covers && layer && atlas) {
    parts.push(fillMessage(SCORE_MESSAGES.sampleCounts[lang], { ...sampleCounts(atlas, layer) }));
  }
  if (def.defaultEnabled === false) parts.push(SCORE_MESSAGES.partial[lang]);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

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
  const atlas = useAppStore((state) => state.dataset?.atlas);
  const vintageOf = useIndicatorVintage();
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
            <IndicatorWeightRow
              key={def.id}
              def={def}
              share={shares[def.id]}
              vintage={vintageOf(def.id)}
              coverage={coverageOf(def, atlas, lang)}
            />
          ))}
        </fieldset>
      ))}
    </details>
  );
}
