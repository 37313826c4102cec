import { describe, expect, it } from 'vitest';
import type { ComparedAnalysis, ScenarioComparison } from '../../domain/scenario/comparison';
import { deltaColour, deltaFillColours, MIN_DELTA_D } from './deltaFillColours';

const side = (degrees: Record<string, number | undefined>) =>
  ({
    scores: {
      regions: Object.entries(degrees).map(([regionId, degree]) => ({ regionId, degree })),
    },
  }) as unknown as ComparedAnalysis;

describe('deltaFillColours', () => {
  it('colours a gain of D purple, a loss orange and no change pale, on a ramp symmetric about 0', () => {
    const comparison = {
      baseline: side({ A: 0.5, B: 0.5, C: 0.5, D: undefined }),
      scenarios: [
        {
          id: 's',
          name: 's',
          skipped: 0,
          evaluateMs: 0,
          analysis: side({ A: 0.52, B: 0.49, C: 0.5, D: 0.4 }),
        },
      ],
    } as ScenarioComparison;
    const fill = deltaFillColours(comparison, 's')!;
    expect(fill.maxAbs).toBeCloseTo(0.02, 12);
    const [gain, loss, same] = ['A', 'B', 'C'].map((id) => fill.colours.get(id)!);
    expect(gain![2]).toBeGreaterThan(gain![0]);
    expect(loss![0]).toBeGreaterThan(loss![2]);
    expect(Math.max(...same!.slice(0, 3)) - Math.min(...same!.slice(0, 3))).toBeLessThan(20);
    expect(fill.deltas.has('D')).toBe(false);
    expect(deltaColour(0.02, 0.02)).toEqual(gain);
    expect(deltaFillColours(comparison, 'other')).toBeUndefined();
    expect(MIN_DELTA_D).toBeGreaterThan(0);
  });
});
