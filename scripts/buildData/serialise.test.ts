import { describe, expect, it } from 'vitest';
import { pointFeature } from './geometry';
import { featureCollectionText } from './serialise';

describe('featureCollectionText', () => {
  it('writes one feature per line and parses back to the same collection', () => {
    const features = [
      pointFeature({ id: 'a', n: 1 }, 116.123456, 39.9),
      pointFeature({ id: 'b' }, 121.47, 31.23),
    ];
    const text = featureCollectionText(features);
    expect(text.split('\n')).toHaveLength(5);
    const parsed = JSON.parse(text) as { features: { geometry: { coordinates: number[] } }[] };
    expect(parsed.features).toHaveLength(2);
    expect(parsed.features[0]?.geometry.coordinates).toEqual([116.12346, 39.9]);
  });

  it('gives the same bytes for the same input', () => {
    const make = () => featureCollectionText([pointFeature({ id: 'a', x: 0.1 + 0.2 }, 1, 2)]);
    expect(make()).toBe(make());
  });
});
