import { describe, expect, it } from 'vitest';
import type { ConstraintCheck } from '../../domain/constraints/constraintCheck';
import { checkSentence } from './checkSentence';

const failed: ConstraintCheck = {
  constraintIndex: 0,
  kind: 'maxLatency',
  status: 'fail',
  measured: 23.4,
  threshold: 20,
  margin: 3.4,
  notes: [],
};

describe('checkSentence', () => {
  it('gives threshold, margin and measured value of a failed check', () => {
    const text = checkSentence(failed, 'en');
    expect(text).toContain('≤ 20 ms');
    expect(text).toContain('by 3.4 ms');
    expect(text).toContain('(measured 23.4 ms)');
  });

  it('leaves a share without a unit and uses the Chinese wording', () => {
    const share: ConstraintCheck = {
      ...failed,
      kind: 'minNonFossilShare',
      measured: 0.3,
      threshold: 0.5,
      margin: 0.2,
    };
    expect(checkSentence(share, 'zh')).toContain('（实测 0.3）');
  });

  it('puts the measured value, rounded like the threshold, before the notes', () => {
    const noted: ConstraintCheck = { ...failed, measured: 25.589, notes: ['latency_estimate'] };
    const text = checkSentence(noted, 'en');
    expect(text).toMatch(/by 3\.4 ms \(measured 25\.6 ms\) No fibre layer/);
  });

  it('adds nothing to a sentence that already carries the measured value', () => {
    const passed: ConstraintCheck = { ...failed, status: 'pass', measured: 12, margin: undefined };
    expect(checkSentence(passed, 'en').match(/measured/g)).toHaveLength(1);
  });
});
