import { describe, expect, it } from 'vitest';
import { entropyWeights } from './entropyWeights';

describe('entropyWeights', () => {
  it('matches a worked example', () => {
    // A = [1, 1, 2]: p = ¼, ¼, ½ → e_A = (½·ln 4 + ½·ln 2)/ln 3 = 1.5·ln 2/ln 3 ≈ 0.946395
    // B = [1, 2, 3]: p = ⅙, ⅓, ½ → e_B = (⅙·ln 6 + ⅓·ln 3 + ½·ln 2)/ln 3 ≈ 0.920620
    // w = (1 − e)/Σ(1 − e) → w_A ≈ 0.053605/0.132985 ≈ 0.40309, w_B ≈ 0.59691
    const eA = (1.5 * Math.log(2)) / Math.log(3);
    const eB = (Math.log(6) / 6 + Math.log(3) / 3 + Math.log(2) / 2) / Math.log(3);
    const [wA, wB] = entropyWeights([
      [1, 1, 2],
      [1, 2, 3],
    ]);
    expect(wA).toBeCloseTo((1 - eA) / (2 - eA - eB), 12);
    expect(wB).toBeCloseTo((1 - eB) / (2 - eA - eB), 12);
    expect(wA).toBeCloseTo(0.40309, 4);
  });

  it('gives a zero-variance column no weight', () => {
    const [, constant] = entropyWeights([
      [1, 2, 3],
      [2, 2, 2],
    ]);
    expect(constant).toBe(0);
  });

  it('excludes missing values, using ln of the number present', () => {
    // D = [1, —, 3]: p = ¼, ¾ over m = 2 → e = (¼·ln 4 + ¾·ln(4/3))/ln 2
    const e = (0.25 * Math.log(4) + 0.75 * Math.log(4 / 3)) / Math.log(2);
    const [wD, wB] = entropyWeights([
      [1, undefined, 3],
      [1, 2, 3],
    ]);
    const eB = (Math.log(6) / 6 + Math.log(3) / 3 + Math.log(2) / 2) / Math.log(3);
    expect(wD).toBeCloseTo((1 - e) / (2 - e - eB), 12);
    expect(wB).toBeCloseTo((1 - eB) / (2 - e - eB), 12);
  });

  it('shares weight equally when no column carries information', () => {
    expect(
      entropyWeights([
        [5, 5],
        [undefined, 1],
      ]),
    ).toEqual([0.5, 0.5]);
  });
});
