import { describe, expect, it } from 'vitest';
import type { LatencyResult } from '../../domain/network/latencyToDemand';
import { describeLatency } from './describeLatency';

const name = (id: string) => (id === 'HE' ? 'East hub' : id);

describe('describeLatency', () => {
  it('gives the fibre latency with its mode and the hub it reaches', () => {
    const result: LatencyResult = {
      status: 'fibre',
      latencyMs: 12.345,
      hubId: 'HE',
      estimate: false,
    };
    expect(describeLatency(result, 'one_way', 'en', name)).toEqual({
      value: '12.3 ms one way',
      how: 'over the fibre graph, to East hub',
    });
    expect(describeLatency(result, 'round_trip', 'zh', name).value).toBe('12.3 毫秒 往返');
  });

  it('labels a great-circle latency as an estimate', () => {
    const result: LatencyResult = { status: 'estimate', latencyMs: 4, hubId: 'HE', estimate: true };
    expect(describeLatency(result, 'one_way', 'en', name).how).toMatch(/^estimate/);
  });

  it('says unreachable with no value, never 0 ms', () => {
    const result: LatencyResult = {
      status: 'unreachable',
      latencyMs: undefined,
      hubId: undefined,
      estimate: false,
      reason: 'no_path',
    };
    const text = describeLatency(result, 'one_way', 'en', name);
    expect(text.value).toBeUndefined();
    expect(text.how).toMatch(/Unreachable/);
    expect(
      describeLatency({ ...result, reason: 'no_demand_hub' }, 'one_way', 'en', name).how,
    ).toMatch(/no demand hub/);
  });

  it('says when the feature has no latency at all', () => {
    expect(describeLatency(undefined, 'one_way', 'en', name)).toEqual({
      how: 'Not computed for this feature',
    });
  });
});
