// What colours the map: D, a subsystem's U_k or one indicator (with its figures' year), chosen
// from a labelled list.
import { useAppStore } from '../../state/AppStoreContext';
import { METRIC_OPTIONS, metricKey, metricLabel, metricOfKey } from './metricOptions';
import { useIndicatorVintage } from './useIndicatorVintage';
import { useScoreT } from './useScoreT';

export function MetricSelect() {
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const metric = useAppStore((state) => state.metric);
  const setMetric = useAppStore((state) => state.setMetric);
  const vintageOf = useIndicatorVintage();
  const labelOf = (option: (typeof METRIC_OPTIONS)[number]) => {
    const vintage = option.metric.kind === 'indicator' ? vintageOf(option.metric.id) : undefined;
    const label = metricLabel(option.metric, lang);
    return vintage ? `${label} (${vintage})` : label;
  };
  const groups = [
    { id: 'scores', label: t('metricGroupScores') },
    { id: 'indicators', label: t('metricGroupIndicators') },
  ] as const;
  return (
    <div className="metric-select">
      <label htmlFor="score-metric">{t('metric')}</label>
      <select
        id="score-metric"
        value={metricKey(metric)}
        onChange={(event) => {
          const next = metricOfKey(event.target.value);
          if (next) setMetric(next);
        }}
      >
        {groups.map((group) => (
          <optgroup key={group.id} label={group.label}>
            {METRIC_OPTIONS.filter((option) => option.group === group.id).map((option) => (
              <option key={option.key} value={option.key}>
                {labelOf(option)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
