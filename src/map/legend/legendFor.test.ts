import { describe, expect, it } from 'vitest';
import { FIBRE_KINDS, FUELS, HUB_TYPES, NETWORK_NODE_KINDS } from '../../domain/atlas';
import { LAYER_IDS } from '../../domain/layerFamilies';
import { LANGS } from '../../domain/lang';
import { hexToRgba } from '../colour';
import { dataCentreOutline } from '../families/datacentres';
import { fibreRouteColour } from '../families/fibreRoutes';
import { hubRing } from '../families/hubs';
import { networkNodeColour } from '../families/networkNodes';
import { powerLineColour, VOLTAGE_CLASSES } from '../families/powerLines';
import { powerPlantFill } from '../families/powerPlants';
import { NO_DATA_COLOUR } from '../palette';
import { coordinationClassColour } from '../ramps';
import { THEMES } from '../theme';
import { legendEntries, legendFor, type LegendId } from './legendFor';
import { RAMP_LEGEND_IDS } from './rampLegends';

const ALL_LEGENDS: LegendId[] = [...LAYER_IDS, ...RAMP_LEGEND_IDS];

function entry(id: LegendId, key: string, theme: 'light' | 'dark' = 'light') {
  const found = legendEntries(id, theme).find((row) => row.key === key);
  if (!found) throw new Error(`no legend row ${id}/${key}`);
  return found;
}

describe('legendFor', () => {
  it('labels every row of every legend in both languages', () => {
    for (const id of ALL_LEGENDS) {
      const rows = legendEntries(id);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const lang of LANGS) expect(row.label[lang].trim()).not.toBe('');
      }
      expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    }
  });

  it('returns labels in the requested language', () => {
    expect(legendFor('power_plants', 'zh').find((row) => row.key === 'coal')?.label).toBe('煤电');
    expect(legendFor('power_plants', 'en').find((row) => row.key === 'coal')?.label).toBe('Coal');
  });

  it('colours each voltage-class row as the line accessor colours that class', () => {
    const samples = {
      uhv_dc: ['DC', 1100],
      uhv_ac: ['AC', 1000],
      ehv: ['AC', 750],
      lower: ['AC', 110],
    } as const;
    for (const id of VOLTAGE_CLASSES) {
      const [current, voltageKv] = samples[id];
      expect(entry('power_lines', id).swatch.stroke).toEqual(
        powerLineColour({ current, voltageKv, status: 'operating' }),
      );
    }
  });

  it('colours each fuel, fibre kind and node kind row as its accessor does', () => {
    for (const fuel of FUELS)
      expect(entry('power_plants', fuel).swatch.fill).toEqual(
        powerPlantFill({ fuel, status: 'operating' }),
      );
    for (const kind of FIBRE_KINDS)
      expect(entry('fibre_routes', kind).swatch.stroke).toEqual(fibreRouteColour({ kind }));
    for (const kind of NETWORK_NODE_KINDS)
      expect(entry('network_nodes', kind).swatch.fill).toEqual(networkNodeColour({ kind }));
  });

  it('draws hub rings and the intelligent-computing ring as the map does, in each theme', () => {
    for (const theme of THEMES) {
      for (const type of HUB_TYPES)
        expect(entry('hubs', type, theme).swatch.stroke).toEqual(hubRing({ type }, theme));
      expect(entry('datacentres', 'intelligent_computing_centre', theme).swatch.stroke).toEqual(
        dataCentreOutline({ kind: 'intelligent_computing_centre', status: 'operating' }, theme),
      );
    }
  });

  it('explains approximate geometry on every feature layer: dashed, hollow or in words', () => {
    for (const id of LAYER_IDS.filter(
      (layer) => !['regions', 'network_nodes', 'wind_farms', 'cities'].includes(layer),
    )) {
      expect(entry(id, 'approx').swatch.dashed).toBe(true);
    }
    expect(entry('network_nodes', 'approx').swatch.fill[3]).toBe(0);
    expect(entry('wind_farms', 'approx').label.en).toMatch(/nearest town/);
    // GeoNames points are the places themselves: nothing approximate to explain, the source named.
    expect(entry('cities', 'city').label.en).toMatch(/GeoNames/);
  });

  it('keys proportional sizes, including the fixed size of unknown capacity', () => {
    const sizes = ['size_100', 'size_1000', 'size_unknown'].map(
      (key) => entry('datacentres', key).swatch.sizePx,
    );
    expect(sizes[1]! / sizes[0]!).toBeCloseTo(Math.sqrt(10), 6);
    expect(sizes[2]).toBeLessThan(sizes[0]!);
  });

  it('shows ten coordination classes from red to blue and a no-data grey that is not one of them', () => {
    const rows = legendEntries('coordination');
    const classes = rows.filter((row) => row.key.startsWith('class_'));
    expect(classes).toHaveLength(10);
    classes.forEach((row, index) =>
      expect(row.swatch.fill).toEqual(coordinationClassColour(index)),
    );
    const [first, last] = [classes[0]!.swatch.fill, classes[9]!.swatch.fill];
    expect(first[0]).toBeGreaterThan(first[2]);
    expect(last[2]).toBeGreaterThan(last[0]);
    const noData = entry('coordination', 'no_data').swatch.fill;
    expect(noData).toEqual(hexToRgba(NO_DATA_COLOUR));
    expect(classes.map((row) => row.swatch.fill)).not.toContainEqual(noData);
  });
});
