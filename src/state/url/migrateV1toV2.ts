// Keeps links of the first build working. Version 1 wrote a PMTiles-viewer-style camera and full
// layer names: `#map=ZOOM/LAT/LON[/BEARING[/PITCH]]&layers=regions,hubs&theme=dark&lang=en&region=CN-GZ`.
// The migration rewrites those pairs as version-2 text; the version-2 decoder then checks them.
import { isLayerId } from '../../domain/layerFamilies';
import { layerCode } from './layerCodes';

/** A v1 link has no `v` key and is recognised by its camera key. */
export function looksLikeV1(params: ReadonlyMap<string, string>): boolean {
  return !params.has('v') && params.has('map');
}

/** A token no layer code can be, so that an unknown v1 layer is dropped (with a notice) in v2. */
const UNKNOWN_LAYER = '-';

type Rewrite = (text: string) => [key: string, text: string];

// A Map, not an object: a hostile key such as `constructor` must find nothing.
const REWRITES: ReadonlyMap<string, Rewrite> = new Map(
  Object.entries({
    map: (text) => {
      const [zoom = '', latitude = '', longitude = '', ...rest] = text.split('/');
      return ['c', [longitude, latitude, zoom, ...rest].join(',')];
    },
    layers: (text) => [
      'ly',
      text
        .split(',')
        .filter((name) => name !== '')
        .map((name) => (isLayerId(name) ? layerCode(name) : UNKNOWN_LAYER))
        .join(','),
    ],
    theme: (text) => ['t', text === 'dark' ? 'd' : text === 'light' ? 'l' : text],
    lang: (text) => ['l', text],
    region: (text) => ['s', `regions:${text}`],
  } satisfies Record<string, Rewrite>),
);

/** The v2 pairs for the pairs of a v1 link; v1 keys without a v2 meaning are left out. */
export function migrateV1toV2(params: ReadonlyMap<string, string>): Map<string, string> {
  const migrated = new Map<string, string>([['v', '2']]);
  for (const [key, text] of params) {
    const rewrite = REWRITES.get(key);
    if (rewrite) migrated.set(...rewrite(text));
  }
  return migrated;
}
