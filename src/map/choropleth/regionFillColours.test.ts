import { describe, expect, it } from 'vitest';
import { hexToRgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import { coordinationClassColour, indicatorColour } from '../ramps';
import { regionFillColours } from './regionFillColours';
import { testAnalysis, TEST_WEIGHTS } from '../../domain/testing/scoreAnalysis';

const grey = hexToRgba(NO_DATA_COLOUR);

describe('regionFillColours', () => {
  const analysis = testAnalysis();

  it('colours D by the class of each region and gives a region without D the no-data grey', () => {
    const { colours } = regionFillColours(analysis, { kind: 'coordination' });
    expect(colours.get('R1')).toEqual(coordinationClassColour(2));
    expect(colours.get('R2')).toEqual(coordinationClassColour(4));
    expect(colours.get('R3')).toEqual(coordinationClassColour(8));
    expect(colours.get('R4')).toEqual(grey);
  });

  it('stretches an indicator from its lowest to its highest raw value on viridis', () => {
    const { colours } = regionFillColours(analysis, { kind: 'indicator', id: 'population_10k' });
    expect(colours.get('R2')).toEqual(indicatorColour(0));
    expect(colours.get('R1')).toEqual(indicatorColour(0.5));
    expect(colours.get('R3')).toEqual(indicatorColour(1));
    expect(colours.get('R4')).toEqual(grey);
  });

  it('stretches a subsystem index over its range and never colours a missing one as lowest', () => {
    const { colours } = regionFillColours(analysis, { kind: 'subsystem', subsystem: 'data' });
    expect(colours.get('R2')).toEqual(indicatorColour(0));
    expect(colours.get('R3')).toEqual(indicatorColour(1));
    expect(colours.get('R4')).toEqual(grey);
    expect(colours.get('R4')).not.toEqual(indicatorColour(0));
  });

  it('keeps the key when nothing changes and changes it when colours or the metric change', () => {
    const d = regionFillColours(analysis, { kind: 'coordination' });
    expect(regionFillColours(testAnalysis(), { kind: 'coordination' }).key).toBe(d.key);
    const dataOnly = {
      ...TEST_WEIGHTS,
      subsystemWeights: { compute: 0, power: 0, network: 0, data: 1 },
    };
    const other = regionFillColours(testAnalysis(dataOnly), { kind: 'coordination' });
    expect([...other.colours.values()]).not.toEqual([...d.colours.values()]);
    expect(other.key).not.toBe(d.key);
    const indicator = regionFillColours(analysis, { kind: 'indicator', id: 'dc_count' });
    expect(indicator.key).not.toBe(d.key);
  });
});
