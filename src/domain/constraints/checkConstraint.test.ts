import { describe, expect, it } from 'vitest';
import { haversineKm } from '../geo/haversineKm';
import { DEFAULT_LATENCY_SETTINGS } from '../network/latencySettings';
import { checkConstraint } from './checkConstraint';
import type { Constraint } from './constraint';
import { createConstraintContext } from './createConstraintContext';
import type { Subject } from './measurement';
import { testAtlas } from '../testing/constraintAtlas';

const context = createConstraintContext(testAtlas, { snapToleranceKm: 1 });
const region = (id: string): Subject => {
  const index = testAtlas.regions.findIndex((r) => r.id === id);
  return { layer: 'regions', index, record: testAtlas.regions[index]! };
};
const site = (id: string): Subject => {
  const index = testAtlas.datacentres.findIndex((d) => d.id === id);
  return { layer: 'datacentres', index, record: testAtlas.datacentres[index]! };
};
const hubSubject = (index: number): Subject => ({
  layer: 'hubs',
  index,
  record: testAtlas.hubs[index]!,
});
const check = (constraint: Constraint, subject: Subject) =>
  checkConstraint(context, constraint, 0, subject);

const numericCases: [string, 'max' | 'min', (threshold: number) => Constraint, Subject, number][] =
  [
    [
      'non-fossil share',
      'min',
      (t) => ({ kind: 'minNonFossilShare', minShare: t }),
      region('R1'),
      0.5,
    ],
    [
      'capacity over mean load',
      'min',
      (t) => ({ kind: 'minSpareSupply', minCapacityToMeanLoadRatio: t }),
      region('R1'),
      2,
    ],
    [
      'electricity price',
      'max',
      (t) => ({ kind: 'maxElectricityPrice', maxPriceCnyPerKwh: t }),
      region('R1'),
      0.6,
    ],
    [
      'distance to a DC line of 500 kV or more',
      'max',
      (t) => ({
        kind: 'maxDistanceToPowerLine',
        maxDistanceKm: t,
        minVoltageKv: 500,
        current: 'DC',
      }),
      site('D1'),
      haversineKm([0.5, 0], [1.5, 0]),
    ],
    [
      'latency to the demand hub',
      'max',
      (t) => ({ kind: 'maxLatency', maxLatencyMs: t, latency: DEFAULT_LATENCY_SETTINGS }),
      site('D1'),
      haversineKm([0.5, 0], [0, 0]) * 0.0049 * 1.5,
    ],
    [
      'distance to a backbone node',
      'max',
      (t) => ({
        kind: 'maxDistanceToBackbone',
        maxDistanceKm: t,
        nodeKinds: ['backbone_direct_connection_point'],
      }),
      site('D1'),
      haversineKm([0.5, 0], [0.5, 0.5]),
    ],
    ['design PUE', 'max', (t) => ({ kind: 'maxPue', maxPue: t, hubRole: 'any' }), site('D1'), 1.25],
    ['capacity', 'min', (t) => ({ kind: 'minCapacity', minCapacityMw: t }), site('D1'), 100],
  ];

describe('checkConstraint on numeric thresholds', () => {
  for (const [name, comparison, make, subject, expected] of numericCases) {
    it(`measures ${name}, passes at the threshold and fails just past it by the margin`, () => {
      const measured = check(make(expected), subject).measured as number;
      expect(measured).toBeCloseTo(expected, 6);
      expect(check(make(measured), subject).status).toBe('pass');
      const strict = comparison === 'max' ? measured - 0.001 : measured + 0.001;
      const loose = comparison === 'max' ? measured + 0.001 : measured - 0.001;
      const failed = check(make(strict), subject);
      expect(failed.status).toBe('fail');
      expect(failed.margin).toBeCloseTo(0.001, 9);
      expect(check(make(loose), subject)).toMatchObject({ status: 'pass', measured });
    });
  }
});

describe('checkConstraint on data gaps and categories', () => {
  it('falls back to the non-fossil share of capacity and says so', () => {
    const result = check({ kind: 'minNonFossilShare', minShare: 0.25 }, region('R2'));
    expect(result).toMatchObject({ status: 'pass', measured: 0.3, notes: ['policy_minimum_used'] });
  });

  it('reports an absent price as unknown, not as a pass or a fail', () => {
    expect(
      check({ kind: 'maxElectricityPrice', maxPriceCnyPerKwh: 1 }, region('R2')),
    ).toMatchObject({
      status: 'unknown',
      notes: ['missing_value'],
    });
  });

  it('judges a site by the statistics of its region, and flags a site whose region is unknown', () => {
    expect(check({ kind: 'minNonFossilShare', minShare: 0.6 }, site('D1'))).toMatchObject({
      status: 'fail',
      measured: 0.5,
      notes: ['from_region'],
    });
    expect(check({ kind: 'minNonFossilShare', minShare: 0.6 }, site('D3')).status).toBe('unknown');
  });

  it('fails a site with no line of the voltage at all, without a distance', () => {
    const result = check(
      { kind: 'maxDistanceToPowerLine', maxDistanceKm: 1e6, minVoltageKv: 1100, current: 'any' },
      site('D1'),
    );
    expect(result).toMatchObject({ status: 'fail', notes: ['no_eligible_line'] });
    expect(result.measured).toBeUndefined();
  });

  it('fails an unreachable site and marks a no-fibre latency as an estimate', () => {
    const island = {
      ...testAtlas.fibre_routes[0]!,
      id: 'F2',
      geometry: {
        type: 'MultiLineString' as const,
        coordinates: [
          [
            [20, 0],
            [21, 0],
          ],
        ],
      },
    };
    const withIsland = createConstraintContext({
      ...testAtlas,
      fibre_routes: [...testAtlas.fibre_routes, island],
    });
    const noFibre = createConstraintContext({ ...testAtlas, fibre_routes: [] });
    const latency: Constraint = {
      kind: 'maxLatency',
      maxLatencyMs: 100,
      latency: DEFAULT_LATENCY_SETTINGS,
    };
    expect(checkConstraint(withIsland, latency, 0, site('D3'))).toMatchObject({
      status: 'fail',
      notes: ['unreachable'],
    });
    expect(checkConstraint(noFibre, latency, 0, site('D3'))).toMatchObject({
      status: 'pass',
      notes: ['latency_estimate'],
    });
  });

  it('checks status and operator membership, the operator by case-insensitive name', () => {
    expect(check({ kind: 'statusIn', statuses: ['operating'] }, site('D1')).status).toBe('pass');
    expect(check({ kind: 'statusIn', statuses: ['operating'] }, site('D2'))).toMatchObject({
      status: 'fail',
      measured: 'planned',
    });
    expect(check({ kind: 'operatorIn', operators: ['china telecom'] }, site('D1')).status).toBe(
      'pass',
    );
    expect(check({ kind: 'operatorIn', operators: ['China Mobile'] }, site('D1')).status).toBe(
      'fail',
    );
    expect(check({ kind: 'operatorIn', operators: ['China Mobile'] }, site('D2')).status).toBe(
      'unknown',
    );
  });

  it('finds regions, hubs and sites inside a hub cluster of the chosen role', () => {
    const east: Constraint = { kind: 'insideHubCluster', role: 'east_demand' };
    const any: Constraint = { kind: 'insideHubCluster', role: 'any' };
    expect([region('R1'), region('R2')].map((s) => check(east, s).status)).toEqual([
      'pass',
      'fail',
    ]);
    expect([site('D1'), site('D2'), site('D3')].map((s) => check(east, s).status)).toEqual([
      'pass',
      'fail',
      'fail',
    ]);
    expect([site('D2'), hubSubject(1)].map((s) => check(any, s).status)).toEqual(['pass', 'pass']);
  });

  it('applies a role-scoped PUE limit only to sites in clusters of that role', () => {
    const west: Constraint = { kind: 'maxPue', maxPue: 1.2, hubRole: 'west_supply' };
    expect(check(west, site('D1')).status).toBe('not_applicable');
    expect(check(west, site('D2')).status).toBe('pass');
    expect(check({ kind: 'maxPue', maxPue: 1.19, hubRole: 'west_supply' }, site('D2')).status).toBe(
      'fail',
    );
  });
});
