import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleValue, type Scale } from './scale';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
const range = fc
  .tuple(finite, finite)
  .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const linear = range.map((r): Scale => ({ kind: 'linear', ...r }));
const inverted = range.map((r): Scale => ({ kind: 'inverted', ...r }));
const intervals = fc.array(finite, { minLength: 1, maxLength: 5 }).chain((breaks) =>
  fc
    .array(fc.double({ noNaN: true, min: 0, max: 1 }), {
      minLength: breaks.length + 1,
      maxLength: breaks.length + 1,
    })
    .map((scores): Scale => ({
      kind: 'intervals',
      breaks: [...breaks].sort((a, b) => a - b),
      scores,
    })),
);
const anyScale = fc.oneof(linear, inverted, intervals);

describe('scaleValue', () => {
  it('maps every finite value into [0, 1] under any scale', () => {
    fc.assert(
      fc.property(anyScale, finite, (scale, value) => {
        const s = scaleValue(scale, value);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('keeps a missing value missing, never 0', () => {
    fc.assert(
      fc.property(anyScale, (scale) => {
        expect(scaleValue(scale, NaN)).toBeNaN();
      }),
    );
  });

  it('never decreases as the value grows on a linear scale, never increases on an inverted one', () => {
    fc.assert(
      fc.property(linear, inverted, finite, finite, (up, down, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(scaleValue(up, lo)).toBeLessThanOrEqual(scaleValue(up, hi));
        expect(scaleValue(down, lo)).toBeGreaterThanOrEqual(scaleValue(down, hi));
      }),
    );
  });

  it('mirrors a linear scale by its inverted twin: s + s′ = 1 inside the clamp range', () => {
    fc.assert(
      fc.property(range, fc.double({ min: 0, max: 1, noNaN: true }), (r, t) => {
        fc.pre(r.max - r.min > 1e-6);
        const value = r.min + t * (r.max - r.min);
        const sum =
          scaleValue({ kind: 'linear', ...r }, value) +
          scaleValue({ kind: 'inverted', ...r }, value);
        expect(sum).toBeCloseTo(1, 9);
      }),
    );
  });

  it('gives each interval its score, the lower break included', () => {
    const scale: Scale = { kind: 'intervals', breaks: [1, 2], scores: [0, 0.6, 1] };
    expect([0, 0.99, 1, 1.5, 2, 7].map((v) => scaleValue(scale, v))).toEqual([
      0, 0, 0.6, 0.6, 1, 1,
    ]);
  });

  it('reads a linear scale of 0–10 GW as 0.5 at 5 GW and clamps outside', () => {
    const scale: Scale = { kind: 'linear', min: 0, max: 10 };
    expect([-1, 5, 12].map((v) => scaleValue(scale, v))).toEqual([0, 0.5, 1]);
  });
});
