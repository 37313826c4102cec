import { describe, expect, it } from 'vitest';
import { CONSTRAINT_KINDS } from '../../domain/constraints/constraintKinds';
import { constraintProblems } from '../../domain/constraints/constraintProblems';
import { testAtlas } from '../../domain/testing/constraintAtlas';
import { DEFAULT_LATENCY_SETTINGS } from '../../domain/network/latencySettings';
import { datasetChoices } from './datasetChoices';
import { defaultConstraint } from './defaultConstraint';

const context = { latency: DEFAULT_LATENCY_SETTINGS, choices: datasetChoices(testAtlas) };

describe('defaultConstraint', () => {
  for (const kind of CONSTRAINT_KINDS) {
    it(`starts ${kind} as a valid constraint of that kind`, () => {
      const constraint = defaultConstraint(kind, context);
      expect(constraint?.kind).toBe(kind);
      expect(constraintProblems(constraint!)).toEqual([]);
    });
  }

  it('starts the latency threshold with the app latency settings', () => {
    const latency = { ...DEFAULT_LATENCY_SETTINGS, mode: 'round_trip' as const };
    const constraint = defaultConstraint('maxLatency', { ...context, latency });
    expect(constraint).toMatchObject({ kind: 'maxLatency', latency });
  });

  it('takes statuses and operators from the dataset', () => {
    expect(defaultConstraint('statusIn', context)).toEqual({
      kind: 'statusIn',
      statuses: ['operating'],
    });
    expect(defaultConstraint('operatorIn', context)).toEqual({
      kind: 'operatorIn',
      operators: [testAtlas.datacentres.find((dc) => dc.operator)!.operator],
    });
  });

  it('offers no operator filter when the dataset names no operator', () => {
    const bare = datasetChoices({ ...testAtlas, datacentres: [] });
    expect(defaultConstraint('operatorIn', { ...context, choices: bare })).toBeUndefined();
  });
});
