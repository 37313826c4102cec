import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../domain/constraints/constraint';
import { indicesOfKind, removeKind, replaceAt } from './constraintList';

const east: Constraint = { kind: 'maxPue', maxPue: 1.25, hubRole: 'east_demand' };
const green: Constraint = { kind: 'minNonFossilShare', minShare: 0.8 };
const west: Constraint = { kind: 'maxPue', maxPue: 1.2, hubRole: 'west_supply' };
const list: readonly Constraint[] = Object.freeze([east, green, west]);

describe('constraint list edits', () => {
  it('replaces one constraint by position without touching the input', () => {
    const looser: Constraint = { ...west, maxPue: 1.3 };
    expect(replaceAt(list, 2, looser)).toEqual([east, green, looser]);
    expect(list[2]).toBe(west);
  });

  it('removes every constraint of a kind', () => {
    expect(removeKind(list, 'maxPue')).toEqual([green]);
  });

  it('finds the positions of a kind in list order', () => {
    expect(indicesOfKind(list, 'maxPue')).toEqual([0, 2]);
    expect(indicesOfKind(list, 'statusIn')).toEqual([]);
  });
});
