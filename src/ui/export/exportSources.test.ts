import { describe, expect, it } from 'vitest';
import type { ManifestLayer } from '../../data';
import type { AddedLayer } from '../../state/addedLayers';
import { exportSources, sourceLines } from './exportSources';

const layer = (over: Partial<ManifestLayer>): ManifestLayer => ({
  id: 'datacentres',
  file: 'x.geojson',
  sources: [],
  ...over,
});

const added: AddedLayer = {
  id: 'added-1',
  layerId: 'power_plants',
  name: 'WRI plants',
  licence: 'CC BY 4.0',
  attribution: 'WRI Global Power Plant Database',
  records: [],
};

describe('exportSources', () => {
  it('gathers licences and sources of the dataset and the added layers without repeats', () => {
    const sources = exportSources(
      {
        attribution: ' Compute Atlas\n contributors ',
        layers: [
          layer({ licence: 'CC BY 4.0', sources: ['NDRC 2022', 'MIIT'] }),
          layer({ id: 'hubs', licence: 'CC0', sources: ['NDRC 2022'] }),
        ],
      },
      [added],
    );
    expect(sources).toEqual({
      attribution: 'Compute Atlas contributors',
      licences: ['CC BY 4.0', 'CC0'],
      sources: ['NDRC 2022', 'MIIT', 'WRI Global Power Plant Database'],
    });
  });

  it('names an added layer by its name when no attribution was entered', () => {
    const sources = exportSources({ attribution: '', layers: [] }, [
      { ...added, attribution: '', licence: '' },
    ]);
    expect(sources.sources).toEqual(['WRI plants']);
    expect(sources.licences).toEqual([]);
  });
});

describe('sourceLines', () => {
  it('says so when nothing is stated rather than leaving a blank', () => {
    expect(sourceLines({ attribution: '', licences: [], sources: [] })).toEqual([
      'Attribution: none given',
      'Licences: not stated',
      'Sources: not stated',
    ]);
  });
});
