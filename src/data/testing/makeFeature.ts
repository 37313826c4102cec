// Test helper: deep-frozen GeoJSON features with the common properties filled in.
import { deepFreeze } from '../../domain/testing/deepFreeze';

export const COMMON_PROPS = {
  name: 'Test feature',
  name_zh: '测试',
  source: 'hand-made',
  approx: true,
} as const;

export function point(lon: number, lat: number) {
  return { type: 'Point', coordinates: [lon, lat] };
}

/** A frozen Feature with `geometry` and the common properties plus `props` (which override). */
export function makeFeature(geometry: unknown, props: Record<string, unknown>): unknown {
  return deepFreeze({ type: 'Feature', geometry, properties: { ...COMMON_PROPS, ...props } });
}
