import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../domain/testing/deepFreeze';
import { applyMapping } from './applyMapping';

const collection = deepFreeze({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [100, 30] },
      properties: { 名称: 'Site A', 容量: '1,500', 类型: 'Cloud Region', 编号: 7 },
    },
  ],
}) as FeatureCollection;

describe('applyMapping', () => {
  it('copies each mapped column to its schema property without changing the input', () => {
    const out = applyMapping(
      collection,
      { name: '名称', capacity_mw: '容量', kind: '类型', id: '编号' },
      '',
    );
    expect(out.features[0]?.properties).toMatchObject({
      name: 'Site A',
      capacity_mw: 1500,
      kind: 'cloud_region',
      id: '7',
      名称: 'Site A',
    });
    expect(collection.features[0]?.properties).not.toHaveProperty('name');
  });

  it('writes the entered source only where a feature has none', () => {
    const withSource = deepFreeze({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [1, 2] },
          properties: { source: 'own' },
        },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] }, properties: {} },
      ],
    }) as FeatureCollection;
    const out = applyMapping(withSource, {}, ' Survey 2025 ');
    expect(out.features.map((f) => f.properties?.source)).toEqual(['own', 'Survey 2025']);
  });

  it('leaves text that is not a number as it is for the parser to judge', () => {
    const out = applyMapping(collection, { capacity_mw: '名称' }, '');
    expect(out.features[0]?.properties?.capacity_mw).toBe('Site A');
  });

  it('ignores a mapping to a column the feature lacks', () => {
    const out = applyMapping(collection, { operator: 'owner' }, '');
    expect(out.features[0]?.properties).not.toHaveProperty('operator');
  });
});
