// One indicator's controls: an on/off checkbox and, in manual mode, a weight slider; in entropy
// mode the computed weight, read-only. The shown weight is the share within the subsystem. The
// label gives the unit and the year of the figures; what a partial or sampled source covers is
// said beneath.
import type { IndicatorDef } from '../../domain/score/indicatorRegistry';
import { useAppStore } from '../../state/AppStoreContext';
import { formatIndex } from './formatScore';
import { useScoreT } from './useScoreT';
import {
  manualIndicatorWeight,
  WEIGHT_SLIDER,
  withIndicatorEnabled,
  withIndicatorWeight,
} from './weightEdits';

export interface IndicatorWeightRowProps {
  def: IndicatorDef;
  /** Share within the subsystem, 0–1; undefined while entropy weights are being computed. */
  share: number | undefined;
  /** The year of the indicator's figures in the loaded dataset. */
  vintage?: string;
  /** A sentence on what the figures cover (sample counts, partial source). */
  coverage?: string;
}

export function IndicatorWeightRow({ def, share, vintage, coverage }: IndicatorWeightRowProps) {
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const weights = useAppStore((state) => state.weights);
  const setWeights = useAppStore((state) => state.setWeights);
  const enabled = !weights.disabledIndicators.includes(def.id);
  const name = def.label[lang];
  const sliderId = `weight-${def.id}`;
  const shown = !enabled ? t('weightOff') : share === undefined ? '…' : formatIndex(share, lang);
  return (
    <div className="indicator-row" data-indicator={def.id}>
      <label className="indicator-toggle" title={def.description[lang]}>
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) =>
            setWeights(withIndicatorEnabled(weights, def.id, event.target.checked))
          }
        />
        <span>
          {name}{' '}
          <span className="unit">
            ({def.unit[lang]}
            {vintage && ` · ${vintage}`})
          </span>
        </span>
      </label>
      {weights.mode === 'manual' && (
        <input
          id={sliderId}
          type="range"
          {...WEIGHT_SLIDER}
          value={manualIndicatorWeight(weights, def.id)}
          disabled={!enabled}
          aria-label={`${name}: ${t('indicatorWeight')}`}
          aria-valuetext={shown}
          onChange={(event) =>
            setWeights(withIndicatorWeight(weights, def.id, Number(event.target.value)))
          }
        />
      )}
      <output className="weight-value" htmlFor={weights.mode === 'manual' ? sliderId : undefined}>
        {shown}
      </output>
      {coverage && <p className="indicator-coverage">{coverage}</p>}
    </div>
  );
}
