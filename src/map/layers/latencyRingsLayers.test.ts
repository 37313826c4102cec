import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../domain/geo/haversineKm';
import type { HubLatencyRings } from '../../domain/network/latencyRings';
import {
  geodesicCircle,
  latencyRingsLayers,
  RING_LABEL_CHARACTERS,
  ringLabel,
  ringStyle,
} from './latencyRingsLayers';

const rings: HubLatencyRings[] = [
  {
    hubId: 'HE',
    position: [116.4, 39.9],
    rings: [
      { latencyMs: 1, radiusKm: 136 },
      { latencyMs: 5, radiusKm: 680 },
      { latencyMs: 20, radiusKm: 2721 },
    ],
  },
];
const options = { visible: true, theme: 'light', lang: 'en' } as const;

describe('geodesicCircle', () => {
  it('puts every point at the radius from the centre and closes the ring', () => {
    const circle = geodesicCircle([116.4, 39.9], 680, 64);
    expect(circle).toHaveLength(65);
    for (const point of circle) expect(haversineKm([116.4, 39.9], point)).toBeCloseTo(680, 6);
    expect(circle.at(-1)).toEqual(circle[0]);
  });

  it('starts due north of the centre', () => {
    const [lon, lat] = geodesicCircle([10, 20], 111.2, 16)[0]!;
    expect(lon).toBeCloseTo(10, 9);
    expect(lat).toBeGreaterThan(20.99);
  });

  it('keeps longitudes continuous across the antimeridian', () => {
    const circle = geodesicCircle([179.5, 0], 300, 64);
    for (let i = 1; i < circle.length; i++)
      expect(Math.abs(circle[i]![0] - circle[i - 1]![0])).toBeLessThan(1);
    expect(Math.max(...circle.map(([lon]) => lon))).toBeGreaterThan(180);
  });
});

describe('latencyRingsLayers', () => {
  it('draws one dashed, unpickable path and one label per ring', () => {
    const [paths, labels] = latencyRingsLayers(rings, options);
    expect(paths!.id).toBe('latency_rings:paths');
    expect(labels!.id).toBe('latency_rings:labels');
    expect(paths!.props.pickable).toBe(false);
    expect(labels!.props.pickable).toBe(false);
    expect((paths!.props.data as unknown[]).length).toBe(3);
  });

  it('labels the rings in the current language with characters the font atlas holds', () => {
    const [, labels] = latencyRingsLayers(rings, { ...options, lang: 'zh' });
    const props = labels!.props as unknown as { getText: (d: unknown) => string };
    const getText = props.getText;
    const texts = (labels!.props.data as unknown[]).map(getText);
    expect(texts).toEqual(['1 毫秒', '5 毫秒', '20 毫秒']);
    for (const text of [...texts, ringLabel(0.5, 'en')])
      for (const character of text) expect(RING_LABEL_CHARACTERS).toContain(character);
  });

  it('tells the rings apart by dash and width, widest for the longest latency', () => {
    expect(ringStyle(1).dashPx).not.toEqual(ringStyle(5).dashPx);
    expect(ringStyle(20).widthPx).toBeGreaterThan(ringStyle(1).widthPx);
    expect(ringStyle(400)).toBe(ringStyle(20));
  });

  it('hides the layers without dropping them', () => {
    const layers = latencyRingsLayers(rings, { ...options, visible: false });
    expect(layers.map((layer) => layer.props.visible)).toEqual([false, false]);
  });
});
