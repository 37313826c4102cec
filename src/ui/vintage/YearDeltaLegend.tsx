// The legend of the two years' ΔD map: the diverging ramp, centred on 0, in units of D, while a
// compared year colours the provinces (a scenario's ΔD, when shown, takes the map instead).
import { useMemo } from 'react';
import { deltaColour } from '../../map/choropleth/deltaFillColours';
import { yearDeltaFill } from '../../map/choropleth/yearDeltaFill';
import { rgbaToHex } from '../../map/colour';
import { useAppStore } from '../../state/AppStoreContext';
import { useVintageT } from './useVintageT';
import { yearDeltaShown } from './yearDeltaShown';

const STOPS = 9;
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(3)}`;

export function YearDeltaLegend() {
  const t = useVintageT();
  const shown = useAppStore(yearDeltaShown);
  const comparison = useAppStore((state) => state.analysis?.vintage?.comparison);
  const fill = useMemo(() => (comparison ? yearDeltaFill(comparison) : undefined), [comparison]);
  if (!shown || !fill || !comparison) return null;
  const gradient = `linear-gradient(to right, ${Array.from({ length: STOPS }, (_, i) =>
    rgbaToHex(deltaColour(((i / (STOPS - 1)) * 2 - 1) * fill.maxAbs, fill.maxAbs)),
  ).join(', ')})`;
  return (
    <div data-legend="year-delta" data-testid="year-delta-legend">
      <h3>{t('deltaLegend', { year: comparison.year })}</h3>
      <div className="score-ramp" style={{ background: gradient }} aria-hidden="true" />
      <div className="score-ramp-labels">
        <span>{signed(-fill.maxAbs)}</span>
        <span>0</span>
        <span>{signed(fill.maxAbs)}</span>
      </div>
    </div>
  );
}
