import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCY_SETTINGS } from '../network/latencySettings';
import { checkConstraint } from './checkConstraint';
import type { Constraint, ConstraintKind } from './constraint';
import { CONSTRAINT_KIND_INFO, CONSTRAINT_KINDS } from './constraintKinds';
import { createConstraintContext } from './createConstraintContext';
import { testAtlas } from '../testing/constraintAtlas';

const samples: { readonly [K in ConstraintKind]: Extract<Constraint, { kind: K }> } = {
  minNonFossilShare: { kind: 'minNonFossilShare', minShare: 0.1 },
  minSpareSupply: { kind: 'minSpareSupply', minCapacityToMeanLoadRatio: 1 },
  maxElectricityPrice: { kind: 'maxElectricityPrice', maxPriceCnyPerKwh: 1 },
  maxDistanceToPowerLine: {
    kind: 'maxDistanceToPowerLine',
    maxDistanceKm: 50,
    minVoltageKv: 0,
    current: 'any',
  },
  insideHubCluster: { kind: 'insideHubCluster', role: 'any' },
  maxLatency: { kind: 'maxLatency', maxLatencyMs: 20, latency: DEFAULT_LATENCY_SETTINGS },
  maxDistanceToBackbone: { kind: 'maxDistanceToBackbone', maxDistanceKm: 50, nodeKinds: ['ixp'] },
  maxPue: { kind: 'maxPue', maxPue: 1.3, hubRole: 'any' },
  minCapacity: { kind: 'minCapacity', minCapacityMw: 10 },
  statusIn: { kind: 'statusIn', statuses: ['operating'] },
  operatorIn: { kind: 'operatorIn', operators: ['x'] },
};

describe('CONSTRAINT_KIND_INFO', () => {
  const context = createConstraintContext(testAtlas);
  const region = { layer: 'regions', index: 0, record: testAtlas.regions[0]! } as const;
  const site = { layer: 'datacentres', index: 0, record: testAtlas.datacentres[0]! } as const;

  for (const kind of CONSTRAINT_KINDS) {
    it(`says truly whether ${kind} applies to regions and to sites, with labels in both languages`, () => {
      const { appliesTo, label } = CONSTRAINT_KIND_INFO[kind];
      const onRegion =
        checkConstraint(context, samples[kind], 0, region).status !== 'not_applicable';
      const onSite = checkConstraint(context, samples[kind], 0, site).status !== 'not_applicable';
      expect(onRegion).toBe(appliesTo !== 'sites');
      expect(onSite).toBe(appliesTo !== 'regions');
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.zh.length).toBeGreaterThan(0);
    });
  }
});
