import { describe, expect, it } from 'vitest';
import { ALL_EQUAL_VALUE, normalise, normaliseToGoalpost } from './normalise';

describe('normalise', () => {
  it('maps the minimum to 0.01 and the maximum to 1 for a positive indicator', () => {
    expect(normalise([0, 5, 10], '+')).toEqual([0.01, 0.505, 1]);
  });

  it('mirrors a negative indicator so the smallest value scores highest', () => {
    expect(normalise([0, 5, 10], '-')).toEqual([1, 0.505, 0.01]);
  });

  it('keeps missing values missing and ignores them for min and max', () => {
    expect(normalise([undefined, 2, 4], '+')).toEqual([undefined, 0.01, 1]);
  });

  it('gives an all-equal column the documented constant', () => {
    expect(normalise([3, 3, undefined], '+')).toEqual([
      ALL_EQUAL_VALUE,
      ALL_EQUAL_VALUE,
      undefined,
    ]);
  });
});

describe('normaliseToGoalpost', () => {
  it('maps the goalposts, not the column’s own range, onto the floor and 1', () => {
    expect(normaliseToGoalpost([0, 5, 10], '+', { min: 0, max: 20 })).toEqual([
      0.01, 0.2575, 0.505,
    ]);
    expect(normaliseToGoalpost([0, 5, 10], '-', { min: 0, max: 20 })).toEqual([1, 0.7525, 0.505]);
  });

  it('clamps values outside the goalposts and keeps missing values missing', () => {
    expect(normaliseToGoalpost([-5, 30, undefined], '+', { min: 0, max: 20 })).toEqual([
      0.01,
      1,
      undefined,
    ]);
  });

  it('gives every value the all-equal constant when the goalposts have no span', () => {
    expect(normaliseToGoalpost([1, 7], '+', { min: 3, max: 3 })).toEqual([
      ALL_EQUAL_VALUE,
      ALL_EQUAL_VALUE,
    ]);
  });
});
