// Tiny GeoJSON builders for the bad-input table and the fuzz test.

export type Json = unknown;

export const feature = (geometry: Json, properties: Json = {}): Json => ({
  type: 'Feature',
  geometry,
  properties,
});
export const point = (coordinates: Json, properties: Json = {}): Json =>
  feature({ type: 'Point', coordinates }, properties);
export const collection = (...features: Json[]): Json => ({ type: 'FeatureCollection', features });
export const text = (value: Json): string => JSON.stringify(value);

/** A square around (lon, lat) of side `size` degrees, anticlockwise and closed. */
export const square = (lon: number, lat: number, size = 1): number[][] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

/** A valid collection with one of each kind the validator repairs least: points in China. */
export const VALID_POINTS = collection(
  point([116.4, 39.9], { id: 'bj', name: 'Beijing' }),
  point([121.5, 31.2], { id: 'sh', name: 'Shanghai', capacity_mw: 120 }),
  point([106.6, 26.6], { id: 'gy', name: 'Guiyang', name_zh: '贵阳' }),
);

export const VALID_POLYGONS = collection(
  feature({ type: 'Polygon', coordinates: [square(100, 30)] }, { id: 'a' }),
  feature(
    { type: 'MultiPolygon', coordinates: [[square(110, 20)], [square(112, 22, 2)]] },
    { id: 'b' },
  ),
);
