import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../domain/constraints/constraint';
import { createConstraintContext } from '../../domain/constraints/createConstraintContext';
import { evaluateConstraints } from '../../domain/constraints/evaluateConstraints';
import { testAtlas } from '../../domain/testing/constraintAtlas';
import { measuredValues, measuredSubjectsOf } from './measuredValues';

const context = createConstraintContext(testAtlas);

describe('measuredValues', () => {
  it('reads a region-level kind from the regions', () => {
    const constraints: Constraint[] = [{ kind: 'minNonFossilShare', minShare: 0.4 }];
    const evaluation = evaluateConstraints(context, constraints);
    expect(measuredSubjectsOf('minNonFossilShare')).toBe('regions');
    expect(measuredValues(evaluation, 0, 'minNonFossilShare').sort((a, b) => a - b)).toEqual([
      0.3, 0.5,
    ]);
  });

  it('reads a site-only kind from the sites that have the value', () => {
    const constraints: Constraint[] = [
      { kind: 'minNonFossilShare', minShare: 0.4 },
      { kind: 'maxPue', maxPue: 1.3, hubRole: 'any' },
    ];
    const evaluation = evaluateConstraints(context, constraints);
    const pues = testAtlas.datacentres.flatMap((dc) => (dc.designPue ? [dc.designPue] : []));
    expect(measuredValues(evaluation, 1, 'maxPue').sort((a, b) => a - b)).toEqual(
      pues.sort((a, b) => a - b),
    );
  });

  it('reads nothing when the evaluation holds another kind at that index', () => {
    const evaluation = evaluateConstraints(context, [{ kind: 'minCapacity', minCapacityMw: 1 }]);
    expect(measuredValues(evaluation, 0, 'maxPue')).toEqual([]);
    expect(measuredValues(evaluation, 3, 'minCapacity')).toEqual([]);
  });
});
