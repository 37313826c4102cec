import { describe, expect, it } from 'vitest';
import { latencyAt, latencyColumn } from './latencyColumn';
import type { LatencyResult } from './latencyToDemand';

const results: LatencyResult[] = [
  { status: 'fibre', latencyMs: 4.25, hubId: 'H1', estimate: false },
  { status: 'estimate', latencyMs: 9, hubId: 'H2', estimate: true },
  {
    status: 'unreachable',
    latencyMs: undefined,
    hubId: undefined,
    estimate: false,
    reason: 'no_path',
  },
  { status: 'fibre', latencyMs: 0.5, hubId: 'H1', estimate: false },
  {
    status: 'unreachable',
    latencyMs: undefined,
    hubId: undefined,
    estimate: false,
    reason: 'no_demand_hub',
  },
];

describe('latencyColumn', () => {
  it('gives back every result, unreachable ones with their reason, after a structured clone', () => {
    const column = structuredClone(latencyColumn(results));
    expect(results.map((_, i) => latencyAt(column, i))).toEqual(results);
    expect(column.hubIds).toEqual(['H1', 'H2']);
  });

  it('has nothing past the end or before the start', () => {
    const column = latencyColumn(results);
    expect(latencyAt(column, results.length)).toBeUndefined();
    expect(latencyAt(column, -1)).toBeUndefined();
  });
});
