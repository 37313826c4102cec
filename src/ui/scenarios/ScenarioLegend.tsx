// Legend sections of scenarios: the "proposed" mark when the shown atlas has proposed features, and
// the ΔD ramp (diverging, centred on 0, in units of D) while the map shows a scenario's ΔD.
import { useMemo } from 'react';
import type { AtlasRecord } from '../../domain/atlas';
import { LAYER_IDS } from '../../domain/layerFamilies';
import { deltaColour, deltaFillColours } from '../../map/choropleth/deltaFillColours';
import { rgbaToHex } from '../../map/colour';
import { PROPOSED_COLOUR } from '../../map/layers/proposedLayers';
import { useAppStore } from '../../state/AppStoreContext';
import { useScenarioT } from './useScenarioT';

const STOPS = 9;
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(3)}`;

export function ScenarioLegend() {
  const t = useScenarioT();
  const atlas = useAppStore((state) => state.dataset?.atlas);
  const comparison = useAppStore((state) => state.comparison);
  const deltaId = useAppStore((state) => state.deltaMapScenarioId);
  const hasProposed = useMemo(
    () =>
      !!atlas &&
      LAYER_IDS.some((layer) => (atlas[layer] as readonly AtlasRecord[]).some((r) => r.proposed)),
    [atlas],
  );
  const delta = useMemo(
    () => (comparison && deltaId ? deltaFillColours(comparison, deltaId) : undefined),
    [comparison, deltaId],
  );
  if (!hasProposed && !delta) return null;
  const gradient = delta
    ? `linear-gradient(to right, ${Array.from({ length: STOPS }, (_, i) =>
        rgbaToHex(deltaColour(((i / (STOPS - 1)) * 2 - 1) * delta.maxAbs, delta.maxAbs)),
      ).join(', ')})`
    : '';
  return (
    <div className="scenario-legend" data-legend="scenario">
      {delta && (
        <div data-testid="delta-legend">
          <h3>{t('deltaLegend')}</h3>
          <div className="score-ramp" style={{ background: gradient }} aria-hidden="true" />
          <div className="score-ramp-labels">
            <span>{signed(-delta.maxAbs)}</span>
            <span>0</span>
            <span>{signed(delta.maxAbs)}</span>
          </div>
        </div>
      )}
      {hasProposed && (
        <p className="scenario-proposed-key">
          <span
            className="proposed-ring"
            style={{ borderColor: PROPOSED_COLOUR }}
            aria-hidden="true"
          />
          {t('proposedLegend')}
        </p>
      )}
    </div>
  );
}
