import { describe, expect, it } from 'vitest';
import { INDICATOR_REGISTRY } from '../../domain/score/indicatorRegistry';
import { METRIC_OPTIONS, metricKey, metricLabel, metricOfKey } from './metricOptions';

describe('metric options', () => {
  it('offer D, the four subsystem indices and every indicator, each under a unique key', () => {
    expect(METRIC_OPTIONS).toHaveLength(1 + 4 + INDICATOR_REGISTRY.length);
    expect(new Set(METRIC_OPTIONS.map((option) => option.key)).size).toBe(METRIC_OPTIONS.length);
  });

  it('turn every key back into its metric and reject unknown keys', () => {
    for (const option of METRIC_OPTIONS) expect(metricOfKey(option.key)).toEqual(option.metric);
    expect(metricOfKey('U:weather')).toBeUndefined();
    expect(metricOfKey('I:nothing')).toBeUndefined();
    expect(metricKey({ kind: 'indicator', id: 'gdp_100m_cny' })).toBe('I:gdp_100m_cny');
  });

  it('label metrics in the current language', () => {
    expect(metricLabel({ kind: 'coordination' }, 'zh')).toBe('耦合协调度 D');
    expect(metricLabel({ kind: 'indicator', id: 'gdp_100m_cny' }, 'en')).toBe('GDP');
  });
});
