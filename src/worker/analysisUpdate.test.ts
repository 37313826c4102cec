import { describe, expect, it } from 'vitest';
import type { Analysis } from '../domain/analysis';
import { completeAnalysis, type AnalysisUpdate } from './analysisUpdate';

const previous = {
  constraints: { regions: [] },
  latency: { regions: {}, datacentres: {}, hubs: {} },
} as unknown as Analysis;
const update = { computeMs: 1 } as unknown as AnalysisUpdate;

describe('completeAnalysis', () => {
  it('takes the per-site parts the update left out from the previous analysis', () => {
    const whole = completeAnalysis(update, previous);
    expect(whole?.constraints).toBe(previous.constraints);
    expect(whole?.latency).toBe(previous.latency);
    expect(whole?.computeMs).toBe(1);
  });

  it('keeps the parts the update carries, and gives null when nothing can complete it', () => {
    const own = { ...update, constraints: { regions: [1] }, latency: previous.latency };
    expect(completeAnalysis(own as unknown as AnalysisUpdate, previous)?.constraints).toBe(
      own.constraints,
    );
    expect(completeAnalysis(update, null)).toBeNull();
  });
});
