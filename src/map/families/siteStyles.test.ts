import { describe, expect, it } from 'vitest';
import { hexToRgba } from '../colour';
import { dashArrayOf, isDashed, pointDashArrayOf, SOLID } from '../style/approxStyle';
import { isHollow } from '../style/siteStatus';
import {
  DATACENTRE_SCALE,
  dataCentreFill,
  dataCentreOutline,
  dataCentreRadius,
  INTELLIGENT_COMPUTING_RING,
} from './datacentres';
import { POWER_PLANT_SCALE, powerPlantFill, powerPlantRadius } from './powerPlants';

describe('approximate features', () => {
  it('marks an approximate feature as dashed and an exact one as solid', () => {
    expect(isDashed({ approx: true })).toBe(true);
    expect(dashArrayOf({ approx: true })[1]).toBeGreaterThan(0);
    expect(pointDashArrayOf({ approx: true })[1]).toBeGreaterThan(0);
    expect(isDashed({ approx: false })).toBe(false);
    expect(dashArrayOf({ approx: false })).toEqual(SOLID);
    expect(pointDashArrayOf({ approx: false })).toEqual(SOLID);
  });
});

describe('proportional symbols', () => {
  it('makes data-centre circle area proportional to capacity', () => {
    const small = dataCentreRadius({ capacityMw: 100 });
    const large = dataCentreRadius({ capacityMw: 400 });
    expect(large / small).toBeCloseTo(2, 6);
    expect((Math.PI * large ** 2) / (Math.PI * small ** 2)).toBeCloseTo(4, 6);
  });

  it('makes power-plant circle area proportional to capacity', () => {
    expect(
      powerPlantRadius({ capacityMw: 9000 }) / powerPlantRadius({ capacityMw: 1000 }),
    ).toBeCloseTo(3, 6);
  });

  it('draws sites of unknown capacity at one fixed small size', () => {
    expect(dataCentreRadius({})).toBe(DATACENTRE_SCALE.unknownRadiusPx);
    expect(dataCentreRadius({ capacityMw: 0 })).toBe(DATACENTRE_SCALE.unknownRadiusPx);
    expect(powerPlantRadius({})).toBe(POWER_PLANT_SCALE.unknownRadiusPx);
    expect(dataCentreRadius({})).toBeLessThan(dataCentreRadius({ capacityMw: 100 }));
  });

  it('keeps tiny sites visible at the minimum radius', () => {
    expect(dataCentreRadius({ capacityMw: 0.01 })).toBe(DATACENTRE_SCALE.minRadiusPx);
  });
});

describe('data-centre symbols', () => {
  it('draws sites under construction or planned hollow, operating ones filled', () => {
    expect(isHollow({ status: 'under_construction' })).toBe(true);
    expect(isHollow({ status: 'planned' })).toBe(true);
    expect(dataCentreFill({ status: 'planned' })[3]).toBe(0);
    expect(dataCentreFill({ status: 'operating' })).toEqual(hexToRgba('#263238'));
    expect(powerPlantFill({ fuel: 'coal', status: 'planned' })[3]).toBe(0);
  });

  it('rings intelligent computing centres in a colour no other kind gets', () => {
    const icc = dataCentreOutline(
      { kind: 'intelligent_computing_centre', status: 'operating' },
      'light',
    );
    expect(icc).toEqual(hexToRgba(INTELLIGENT_COMPUTING_RING));
    for (const kind of [
      'hyperscale_campus',
      'telecom_idc',
      'colocation',
      'cloud_region',
      'other',
    ] as const) {
      expect(dataCentreOutline({ kind, status: 'operating' }, 'light')).not.toEqual(icc);
    }
  });
});
