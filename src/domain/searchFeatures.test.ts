import { describe, expect, it } from 'vitest';
import { emptyAtlas, type Atlas, type DataCentre, type Region } from './atlas';
import { foldForSearch, searchFeatures } from './searchFeatures';

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};

function region(id: string, name: string, nameZh: string): Region {
  return {
    id,
    name,
    nameZh,
    source: 'test',
    approx: false,
    geometry: square,
    stats: {},
    labelPosition: [0.5, 0.5],
  };
}

function site(id: string, name: string, nameZh?: string): DataCentre {
  return {
    id,
    name,
    nameZh,
    source: 'test',
    approx: true,
    position: [1, 2],
    kind: 'telecom_idc',
    status: 'operating',
  };
}

const atlas: Atlas = Object.freeze({
  ...emptyAtlas(),
  regions: [region('CN-GZ', 'Guizhou', '贵州省'), region('CN-GD', 'Guangdong', '广东省')],
  datacentres: [
    site('DC1', 'Gui’an cloud base', '贵安云基地'),
    site('DC2', 'Shaoguan park'),
    site('DC3', 'Dongguan hub'),
  ],
});

describe('searchFeatures', () => {
  it('finds a province by its Chinese name', () => {
    expect(searchFeatures(atlas, '贵州').map((hit) => hit.id)).toEqual(['CN-GZ']);
  });

  it('finds by English name ignoring case and punctuation', () => {
    expect(searchFeatures(atlas, 'GUIAN').map((hit) => hit.id)).toEqual(['DC1']);
  });

  it('ranks prefix matches before substring matches', () => {
    expect(searchFeatures(atlas, 'dong').map((hit) => hit.id)).toEqual(['DC3', 'CN-GD']);
  });

  it('returns sites with their position so the map can fly there', () => {
    const [hit] = searchFeatures(atlas, 'shaoguan');
    expect(hit).toMatchObject({ layerId: 'datacentres', position: [1, 2] });
  });

  it('returns nothing for an empty or blank query', () => {
    expect(searchFeatures(atlas, '   ')).toEqual([]);
  });

  it('folds full-width letters to half-width', () => {
    expect(foldForSearch('ＧＵＩ Zhou')).toBe('guizhou');
  });
});
