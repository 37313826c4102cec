import { describe, expect, it } from 'vitest';
import { vintageCsvLine } from './vintageCsvLine';

const base = { presentCounts: {}, statYearsUsed: {} };

describe('vintageCsvLine', () => {
  it('says nothing for an answer of today without an as-of part', () => {
    expect(vintageCsvLine(undefined)).toBeUndefined();
  });

  it('names the year, the year-unknown choice, every goalpost and the frozen base year', () => {
    const line = vintageCsvLine({
      ...base,
      settings: { asOf: { kind: 'year', year: 2018 }, includeUnknownYear: false },
      goalposts: { dc_count: { min: 0, max: 12 }, population_10k: { min: 100, max: 13000 } },
      entropyBaseYear: 2016,
    });
    expect(line).toBe(
      'As of: layout as of the end of 2018 (features of unknown year left out); normalisation: fixed goalposts dc_count 0..12, population_10k 100..13000; entropy weights frozen at 2016',
    );
  });

  it('says per-year min-max when no goalposts were used', () => {
    const line = vintageCsvLine({
      ...base,
      settings: { asOf: { kind: 'pipeline' }, includeUnknownYear: true },
    });
    expect(line).toContain(
      "today's layout with the pipeline built (features of unknown year included)",
    );
    expect(line).toContain('normalisation: per-year min-max');
  });
});
