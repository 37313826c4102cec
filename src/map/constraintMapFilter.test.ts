import { describe, expect, it } from 'vitest';
import type { DataCentre, Hub } from '../domain/atlas';
import type { Constraint } from '../domain/constraints/constraint';
import { createConstraintContext } from '../domain/constraints/createConstraintContext';
import { evaluateConstraints } from '../domain/constraints/evaluateConstraints';
import { testAtlas } from '../domain/testing/constraintAtlas';
import { constraintMapFilter } from './constraintMapFilter';

const context = createConstraintContext(testAtlas);
const evaluate = (constraints: Constraint[]) => evaluateConstraints(context, constraints);
const dc = (id: string) => testAtlas.datacentres.find((record) => record.id === id) as DataCentre;

describe('constraintMapFilter', () => {
  it('gives nothing to filter when no constraint is set', () => {
    expect(constraintMapFilter(evaluate([]), 0)).toBeUndefined();
  });

  it('dims the regions that fail and fades the sites that fail', () => {
    const constraints: Constraint[] = [{ kind: 'minNonFossilShare', minShare: 0.4 }];
    const filter = constraintMapFilter(evaluate(constraints), 1)!;
    expect([...filter.dimmedRegionIds]).toEqual(['R2']);
    expect(filter.filteredOut.datacentres!(dc('D2'))).toBe(true);
    expect(filter.filteredOut.datacentres!(dc('D1'))).toBe(false);
    const westCluster = testAtlas.hubs.find((hub) => hub.id === 'CW') as Hub;
    expect(filter.filteredOut.hubs!(westCluster)).toBe(true);
  });

  it('leaves regions alone when only site constraints are set', () => {
    const filter = constraintMapFilter(evaluate([{ kind: 'minCapacity', minCapacityMw: 150 }]), 1)!;
    expect(filter.dimmedRegionIds.size).toBe(0);
    expect(filter.filteredOut.datacentres!(dc('D1'))).toBe(true);
    expect(filter.filteredOut.datacentres!(dc('D2'))).toBe(false);
  });

  it('keeps the same key for the same failures and changes it when they change', () => {
    const strict = constraintMapFilter(evaluate([{ kind: 'minNonFossilShare', minShare: 0.4 }]), 1);
    const sameFailures = constraintMapFilter(
      evaluate([{ kind: 'minNonFossilShare', minShare: 0.45 }]),
      1,
    );
    const stricter = constraintMapFilter(
      evaluate([{ kind: 'minNonFossilShare', minShare: 0.6 }]),
      1,
    );
    expect(sameFailures!.filterKey).toBe(strict!.filterKey);
    expect(stricter!.filterKey).not.toBe(strict!.filterKey);
  });
});
