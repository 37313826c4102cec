// Finds the latitude and longitude columns of a table by name, in order of how sure the name is:
// latitude/longitude before lat/lon/lng/long before y/x. Case, spaces, underscores and units in
// brackets are ignored ("Latitude (WGS84)" is latitude).

export const LATITUDE_NAMES = ['latitude', 'lat', '纬度', 'y'] as const;
export const LONGITUDE_NAMES = ['longitude', 'lon', 'lng', 'long', '经度', 'x'] as const;

export interface CoordinateColumns {
  readonly lat: string;
  readonly lon: string;
}

export function normaliseColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\(.*?\)|（.*?）|\[.*?\]/g, '')
    .replace(/[\s_\-.]+/g, '');
}

function find(header: readonly string[], names: readonly string[]): string | undefined {
  const normalised = header.map(normaliseColumnName);
  for (const name of names) {
    const index = normalised.indexOf(name);
    if (index >= 0) return header[index];
  }
  return undefined;
}

/** The coordinate columns of `header` (names as written), or undefined when either is missing. */
export function detectCoordinateColumns(header: readonly string[]): CoordinateColumns | undefined {
  const lat = find(header, LATITUDE_NAMES);
  const lon = find(header, LONGITUDE_NAMES);
  return lat !== undefined && lon !== undefined && lat !== lon ? { lat, lon } : undefined;
}
