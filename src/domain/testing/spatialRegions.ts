// Tiny hand-made regions for the spatial and scoring tests: two unit squares side by side, the
// right one with a square hole, and a two-part multipolygon island region filling that hole.
import type { Polygon, MultiPolygon } from 'geojson';
import type { Region } from '../atlas';

export function testRegion(id: string, geometry: Polygon | MultiPolygon, stats = {}): Region {
  return { id, name: id, source: 'test', approx: false, geometry, stats, labelPosition: [0, 0] };
}

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

/** West: [0,1]²; East: [1,2]×[0,1] minus the hole [1.4,1.6]²; Island: that hole plus [3,3.2]². */
export const TEST_REGIONS: readonly Region[] = Object.freeze([
  testRegion('W', { type: 'Polygon', coordinates: [square(0, 0, 1)] }),
  testRegion('E', { type: 'Polygon', coordinates: [square(1, 0, 1), square(1.4, 0.4, 0.2)] }),
  testRegion('I', {
    type: 'MultiPolygon',
    coordinates: [[square(1.4, 0.4, 0.2)], [square(3, 0, 0.2)]],
  }),
]);
