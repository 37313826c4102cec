import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCY_SETTINGS } from '../network/latencySettings';
import type { Constraint } from './constraint';
import { createConstraintContext } from './createConstraintContext';
import { evaluateConstraints } from './evaluateConstraints';
import { testAtlas } from '../testing/constraintAtlas';

const context = createConstraintContext(testAtlas, { snapToleranceKm: 1 });

describe('evaluateConstraints', () => {
  it('passes everything when there are no constraints', () => {
    const { counts } = evaluateConstraints(context, []);
    expect(counts.regions).toEqual({ passing: 2, total: 2 });
    expect(counts.sites).toEqual({ passing: 5, total: 5 });
  });

  it('counts regions and sites that pass, sites inheriting their region statistics', () => {
    const result = evaluateConstraints(context, [{ kind: 'minNonFossilShare', minShare: 0.4 }]);
    expect(result.regions.map((v) => v.status)).toEqual(['pass', 'fail']);
    // D1 and hub HE lie in R1; D2 and cluster CW in R2; D3 has no region (unknown, passes by default).
    expect(result.datacentres.map((v) => v.status)).toEqual(['pass', 'fail', 'unknown']);
    expect(result.counts.sites).toEqual({ passing: 3, total: 5 });
  });

  it('lets a setting decide whether unknown passes, and flags unknown either way', () => {
    const price: Constraint[] = [{ kind: 'maxElectricityPrice', maxPriceCnyPerKwh: 1 }];
    const lenient = evaluateConstraints(context, price);
    const strict = evaluateConstraints(context, price, { unknownPasses: false });
    expect(lenient.regions[1]).toMatchObject({ status: 'unknown', passes: true });
    expect(strict.regions[1]).toMatchObject({ status: 'unknown', passes: false });
    expect(strict.counts.regions).toEqual({ passing: 1, total: 2 });
  });

  it('leaves regions alone for site-only constraints', () => {
    const result = evaluateConstraints(context, [{ kind: 'minCapacity', minCapacityMw: 1000 }]);
    expect(result.counts.regions).toEqual({ passing: 2, total: 2 });
    expect(result.regions[0]!.checks[0]!.status).toBe('not_applicable');
    expect(result.datacentres[0]!.status).toBe('fail');
  });

  it('reports every failed constraint of a subject with its index, value, threshold and margin', () => {
    const constraints: Constraint[] = [
      { kind: 'maxPue', maxPue: 1.2, hubRole: 'any' },
      { kind: 'maxLatency', maxLatencyMs: 0.1, latency: DEFAULT_LATENCY_SETTINGS },
    ];
    const d1 = evaluateConstraints(context, constraints).datacentres[0]!;
    const failed = d1.checks.filter((check) => check.status === 'fail');
    expect(failed.map((check) => check.constraintIndex)).toEqual([0, 1]);
    expect(failed[0]).toMatchObject({ measured: 1.25, threshold: 1.2 });
    expect(failed[0]!.margin).toBeCloseTo(0.05, 9);
  });
});
