import { describe, expect, it } from 'vitest';
import { RING_COLOURS, ringStyle } from '../layers/latencyRingsLayers';
import { ringLegend, ringLegendEntries } from './ringLegend';

describe('ringLegend', () => {
  it('has one row per policy ring, drawn like the ring on the map', () => {
    const rows = ringLegendEntries('dark');
    expect(rows.map((row) => row.key)).toEqual(['ring_1', 'ring_5', 'ring_20']);
    expect(rows[2]!.swatch.stroke).toEqual(RING_COLOURS.dark);
    expect(rows[2]!.swatch.strokeWidthPx).toBe(ringStyle(20).widthPx);
    expect(rows.every((row) => row.swatch.dashed)).toBe(true);
  });

  it('labels each ring in the language, with the policy meaning where there is one', () => {
    expect(ringLegend('en', 'light')[2]!.label).toBe('20 ms ring: hub to hub');
    expect(ringLegend('zh', 'light')[1]!.label).toBe('5 毫秒时延圈：集群至周边城市');
    expect(ringLegend('en', 'light', [7])[0]!.label).toBe('7 ms ring');
  });
});
