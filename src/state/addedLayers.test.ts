import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../data';
import type { DataCentre } from '../domain/atlas';
import { testAtlas } from '../domain/testing/constraintAtlas';
import { mergeAddedLayers, type AddedLayer } from './addedLayers';

const base = {
  atlas: testAtlas,
  layers: [{ layerId: 'datacentres', state: 'loaded', featureCount: 3, issues: [], bytes: 1 }],
} as unknown as LoadedDataset;

const site = (id: string): DataCentre => ({
  id,
  name: id,
  source: 'my list',
  approx: false,
  position: [100, 30],
  kind: 'colocation',
  status: 'operating',
});

const added: AddedLayer<'datacentres'> = {
  id: 'added-1',
  layerId: 'datacentres',
  name: 'sites.csv',
  licence: 'own data',
  attribution: 'me',
  records: [site('X1'), site('D1')],
};

describe('mergeAddedLayers', () => {
  it('returns the dataset itself when nothing was added', () => {
    expect(mergeAddedLayers(base, [])).toBe(base);
  });

  it('appends added records after the dataset, renaming clashing ids', () => {
    const merged = mergeAddedLayers(base, [added]);
    const ids = merged.atlas.datacentres.map((record) => record.id);
    expect(ids.slice(0, testAtlas.datacentres.length)).toEqual(
      testAtlas.datacentres.map((r) => r.id),
    );
    expect(ids.slice(-2)).toEqual(['X1', 'added-1:D1']);
    expect(merged.layers[0]?.featureCount).toBe(5);
  });

  it('leaves the other layers and the base dataset untouched', () => {
    const merged = mergeAddedLayers(base, [added]);
    expect(merged.atlas.regions).toBe(testAtlas.regions);
    expect(base.atlas.datacentres).toHaveLength(testAtlas.datacentres.length);
  });
});
