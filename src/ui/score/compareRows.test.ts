import { describe, expect, it } from 'vitest';
import { compareRows } from './compareRows';
import { testAnalysis } from '../../domain/testing/scoreAnalysis';

const analysis = testAnalysis();
const row = (model: ReturnType<typeof compareRows>, key: string) =>
  model.rows.find((r) => r.key === key)!;

describe('compareRows', () => {
  const model = compareRows(analysis, ['R1', 'R3', 'R4'], 'en');

  it('gives one cell per compared region in the order the user picked them', () => {
    expect(model.regionIds).toEqual(['R1', 'R3', 'R4']);
    expect(model.rows.every((r) => r.cells.length === 3)).toBe(true);
    expect(row(model, 'D').cells.map((c) => c.text)).toEqual(['0.278', '0.821', 'no data']);
  });

  it('marks the highest D and the lowest latency as best, and a missing value as missing', () => {
    expect(row(model, 'D').cells.map((c) => c.best)).toEqual([false, true, false]);
    const latency = row(model, 'latency_to_demand_ms');
    expect(latency.label).toBe('Latency to demand hubs (ms)');
    expect(latency.cells.map((c) => c.text)).toEqual(['30', '20', 'no data']);
    expect(latency.cells.map((c) => c.best)).toEqual([false, true, false]);
    expect(latency.cells[2]!.missing).toBe(true);
  });

  it('draws U_k as bars and names classes and bottlenecks', () => {
    expect(row(model, 'U_compute').cells[1]!.barPct).toBeCloseTo(75.25, 9);
    expect(row(model, 'U_compute').cells[2]!.barPct).toBeUndefined();
    expect(row(model, 'class').cells.map((c) => c.classIndex)).toEqual([2, 8, undefined]);
    expect(row(model, 'bottleneck').cells[0]!.text).toBe('Power');
    expect(row(model, 'U_data').label).toBe('U · Data and demand');
  });

  it('marks nothing best when the values do not differ', () => {
    const same = compareRows(analysis, ['R1', 'R1'], 'en');
    expect(row(same, 'D').cells.some((c) => c.best)).toBe(false);
  });

  it('leaves out regions the analysis does not score', () => {
    expect(compareRows(analysis, ['R2', 'gone'], 'en').regionIds).toEqual(['R2']);
  });
});
