import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyScenario } from '../scenario/applyScenario';
import { layerChanges } from '../scenario/layerChanges';
import { proposedDataCentre } from '../scenario/proposedFeatures';
import { frozenAtlas, modificationArbitrary } from '../testing/scenarioArbitrary';
import { aggregateIndicators, aggregateWithTotals, type RawMatrix } from './aggregateIndicators';
import { INDICATOR_REGISTRY } from './indicatorRegistry';
import { updateAggregation } from './updateAggregation';

const base = {
  atlas: frozenAtlas,
  aggregation: aggregateWithTotals(frozenAtlas, INDICATOR_REGISTRY),
};

function expectSameMatrix(fast: RawMatrix, full: RawMatrix) {
  expect(fast.regionIds).toEqual(full.regionIds);
  fast.values.forEach((row, r) =>
    row.forEach((value, j) => {
      const expected = full.values[r]![j];
      if (expected === undefined || value === undefined) expect(value).toBe(expected);
      else expect(value).toBeCloseTo(expected, 9);
    }),
  );
  const sorted = (m: RawMatrix) =>
    Object.fromEntries(
      Object.entries(m.assignment).map(([layer, a]) => [
        layer,
        { byTolerance: [...a.byTolerance].sort(), unassigned: [...a.unassigned].sort() },
      ]),
    );
  expect(sorted(fast)).toEqual(sorted(full));
}

describe('updateAggregation', () => {
  it('adds a new data centre’s count and capacity to its region alone', () => {
    const site = proposedDataCentre({
      id: 'P1',
      name: 'New',
      scenarioName: 't',
      position: [0.2, 0.2],
      capacityMw: 1000,
    });
    const atlas = applyScenario(frozenAtlas, { modifications: [site] });
    const updated = updateAggregation(
      base,
      atlas,
      layerChanges(frozenAtlas, atlas),
      INDICATOR_REGISTRY,
    );
    const count = updated.raw.indicatorIds.indexOf('dc_count');
    const capacity = updated.raw.indicatorIds.indexOf('dc_capacity_mw');
    const before = base.aggregation.raw.values;
    expect(updated.raw.values[0]![count]).toBe(before[0]![count]! + 1);
    expect(updated.raw.values[0]![capacity]).toBe(before[0]![capacity]! + 1000);
    expect(updated.raw.values[1]).toEqual(before[1]);
    expectSameMatrix(updated.raw, aggregateIndicators(atlas, INDICATOR_REGISTRY));
  });

  it('equals a full aggregation for any list of modifications', () => {
    fc.assert(
      fc.property(fc.array(modificationArbitrary, { maxLength: 8 }), (modifications) => {
        const atlas = applyScenario(frozenAtlas, { modifications });
        const changes = layerChanges(frozenAtlas, atlas);
        const updated = updateAggregation(base, atlas, changes, INDICATOR_REGISTRY);
        expectSameMatrix(updated.raw, aggregateIndicators(atlas, INDICATOR_REGISTRY));
      }),
    );
  });
});
