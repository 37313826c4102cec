import { describe, expect, it } from 'vitest';
import { DEFAULT_LATENCY_SETTINGS } from '../network/latencySettings';
import { createConstraintContext } from './createConstraintContext';
import { testAtlas } from '../testing/constraintAtlas';

describe('createConstraintContext', () => {
  it('builds the fibre graph of the atlas', () => {
    expect(createConstraintContext(testAtlas).fibreGraph.edgeCount).toBe(1);
  });

  it('finds a site region from the assignment first, then from the record', () => {
    const d1 = testAtlas.datacentres[0]!;
    const assigned = createConstraintContext(testAtlas, {
      siteRegionIds: { datacentres: new Map([['D1', 'R2']]) },
    });
    expect(assigned.regionOfSite(d1, 'datacentres')?.id).toBe('R2');
    expect(createConstraintContext(testAtlas).regionOfSite(d1, 'datacentres')?.id).toBe('R1');
    expect(createConstraintContext(testAtlas).regionOfSite(testAtlas.hubs[1]!, 'hubs')?.id).toBe(
      'R2',
    );
  });

  it('computes latency once per distinct settings', () => {
    const context = createConstraintContext(testAtlas);
    const first = context.latency(DEFAULT_LATENCY_SETTINGS);
    expect(context.latency({ ...DEFAULT_LATENCY_SETTINGS })).toBe(first);
    expect(context.latency({ ...DEFAULT_LATENCY_SETTINGS, mode: 'round_trip' })).not.toBe(first);
  });
});
