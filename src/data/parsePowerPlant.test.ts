import { describe, expect, it } from 'vitest';
import { FEATURE_PARSERS } from './featureParsers';
import { makeFeature, point } from './testing/makeFeature';

const parsePowerPlant = FEATURE_PARSERS.power_plants;

describe('parsePowerPlant', () => {
  it('reads fuel, capacity, status and year', () => {
    const feature = makeFeature(point(105.9, 26.1), {
      id: 'PP-1',
      fuel: 'pumped_storage',
      capacity_mw: 1200,
      status: 'under_construction',
      year: 2027,
    });
    expect(parsePowerPlant(feature, 0)).toEqual({
      record: expect.objectContaining({
        id: 'PP-1',
        position: [105.9, 26.1],
        fuel: 'pumped_storage',
        capacityMw: 1200,
        status: 'under_construction',
        year: 2027,
      }),
      issues: [],
    });
  });

  it("reads an unknown fuel as 'other' with a warning and keeps a missing capacity undefined", () => {
    const { record, issues } = parsePowerPlant(makeFeature(point(1, 2), { id: 'PP-2', fuel: 'tidal' }), 4);
    expect(record?.fuel).toBe('other');
    expect(record?.capacityMw).toBeUndefined();
    expect(issues).toEqual([
      {
        severity: 'warning',
        message: expect.stringContaining("power_plants feature #4 (id PP-2): fuel is 'tidal'"),
      },
    ]);
  });
});
