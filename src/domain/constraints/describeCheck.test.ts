import { describe, expect, it } from 'vitest';
import { describeCheck, formatNumber } from './describeCheck';

describe('describeCheck', () => {
  it('says by how much a maximum is exceeded, in both languages', () => {
    const check = {
      constraintIndex: 0,
      kind: 'maxLatency',
      status: 'fail',
      measured: 23.4,
      threshold: 20,
      margin: 3.4,
      notes: [],
    } as const;
    expect(describeCheck(check, 'en')).toBe(
      'fails Latency to the nearest demand hub ≤ 20 ms by 3.4 ms',
    );
    expect(describeCheck(check, 'zh')).toBe('未满足 至最近需求枢纽的时延 ≤ 20 毫秒 相差 3.4 毫秒');
  });

  it('shows the measured value of a pass and the sentence of each note', () => {
    const check = {
      constraintIndex: 0,
      kind: 'minNonFossilShare',
      status: 'pass',
      measured: 0.3,
      threshold: 0.25,
      notes: ['policy_minimum_used'],
    } as const;
    expect(describeCheck(check, 'en')).toBe(
      'passes Green-power share (measured, else the policy minimum) ≥ 0.25 (measured 0.3) No measured green-power share: the 2023 renewable consumption weight (a policy minimum, not a measured share) is used instead.',
    );
  });

  it('lists the allowed values of a set constraint', () => {
    const check = {
      constraintIndex: 1,
      kind: 'statusIn',
      status: 'fail',
      measured: 'planned',
      threshold: ['operating'],
      notes: [],
    } as const;
    expect(describeCheck(check, 'en')).toBe('fails Status ∈ {operating} (measured planned)');
  });

  it('rounds numbers to three significant digits', () => {
    expect(formatNumber(3.41234)).toBe('3.41');
    expect(formatNumber(2721.09)).toBe('2720');
  });
});
