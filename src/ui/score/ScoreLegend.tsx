// The legend section of the current metric: the ten coordination classes with "no data" for D, or
// a viridis ramp with its lowest and highest values for a U_k or an indicator; nothing while two
// years' ΔD colours the provinces (the ΔD legend stands instead).
import { useMemo } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { yearDeltaShown } from '../vintage/yearDeltaShown';
import { LEGEND_NO_DATA_COLOUR, scoreLegend } from './scoreLegend';
import { useScoreT } from './useScoreT';
import './score.css';

export function ScoreLegend() {
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const metric = useAppStore((state) => state.metric);
  const analysis = useAppStore((state) => state.analysis);
  const legend = useMemo(() => scoreLegend(analysis, metric, lang), [analysis, metric, lang]);
  // Two years' ΔD colours the provinces instead (YearDeltaLegend).
  const replaced = useAppStore(yearDeltaShown);
  const noData = (
    <li>
      <span className="swatch" style={{ background: LEGEND_NO_DATA_COLOUR }} aria-hidden="true" />
      <span>{t('noData')}</span>
    </li>
  );
  if (replaced) return null;
  return (
    <div className="score-legend" data-legend="score">
      <h3>{legend.title}</h3>
      {legend.kind === 'classes' ? (
        <ul>
          {legend.rows.map((row) => (
            <li key={row.key}>
              <span className="swatch" style={{ background: row.colour }} aria-hidden="true" />
              <span>{row.label}</span>
              <span className="legend-range">{row.range}</span>
            </li>
          ))}
          {noData}
        </ul>
      ) : (
        <>
          <div className="score-ramp" style={{ background: legend.gradient }} aria-hidden="true" />
          <div className="score-ramp-labels">
            <span>
              {t('lowest')} {legend.minLabel ?? '…'}
            </span>
            <span>
              {t('highest')} {legend.maxLabel ?? '…'}
            </span>
          </div>
          {legend.note && <p className="score-hint">{legend.note}</p>}
          <ul>{noData}</ul>
        </>
      )}
    </div>
  );
}
