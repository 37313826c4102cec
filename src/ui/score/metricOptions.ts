// The metrics a user can colour the map by, as a list with stable string keys (for a <select>)
// and bilingual labels: D, each subsystem's U_k, then each indicator of the registry.
import type { Lang } from '../../domain/lang';
import { INDICATOR_REGISTRY } from '../../domain/score/indicatorRegistry';
import { isIndicatorId } from '../../domain/score/indicatorIds';
import { SUBSYSTEMS, type Subsystem } from '../../domain/score/subsystems';
import type { Metric } from '../../state/url/shareableState';
import { indicatorName, subsystemName } from './formatScore';
import { SCORE_MESSAGES } from './scoreMessages';

/** A stable text key of a metric: `D`, `U:power`, `I:dc_count`. */
export function metricKey(metric: Metric): string {
  if (metric.kind === 'coordination') return 'D';
  if (metric.kind === 'subsystem') return `U:${metric.subsystem}`;
  return `I:${metric.id}`;
}

/** The metric of a key made by {@link metricKey}; unknown keys → undefined. */
export function metricOfKey(key: string): Metric | undefined {
  if (key === 'D') return { kind: 'coordination' };
  const [prefix, rest = ''] = key.split(':');
  if (prefix === 'U' && (SUBSYSTEMS as readonly string[]).includes(rest))
    return { kind: 'subsystem', subsystem: rest as Subsystem };
  if (prefix === 'I' && isIndicatorId(rest)) return { kind: 'indicator', id: rest };
  return undefined;
}

/** "Coordination degree D", "U · Power 电力", or the indicator's name. */
export function metricLabel(metric: Metric, lang: Lang): string {
  if (metric.kind === 'coordination') return SCORE_MESSAGES.coordinationDegree[lang];
  if (metric.kind === 'subsystem') return `U · ${subsystemName(metric.subsystem, lang)}`;
  return indicatorName(metric.id, lang);
}

export interface MetricOption {
  readonly key: string;
  readonly metric: Metric;
  readonly group: 'scores' | 'indicators';
}

export const METRIC_OPTIONS: readonly MetricOption[] = [
  { key: 'D', metric: { kind: 'coordination' }, group: 'scores' },
  ...SUBSYSTEMS.map((subsystem) => {
    const metric: Metric = { kind: 'subsystem', subsystem };
    return { key: metricKey(metric), metric, group: 'scores' as const };
  }),
  ...INDICATOR_REGISTRY.map(({ id }) => {
    const metric: Metric = { kind: 'indicator', id };
    return { key: metricKey(metric), metric, group: 'indicators' as const };
  }),
];
