// Keeps the boundary statement (regions layer notes, docs/DATA.md, README) true: the outlines are
// Natural Earth's de facto shapes, not the national standard map, and these are the differences
// the statement names, each checked with a known coordinate.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_NOTE } from '../../scripts/buildData/layerSources';
import { layer, manifest } from './committedData';

const regions = layer('regions');

/** The ids of the regions whose outline contains the position (lon, lat in degrees). */
function regionsAt(lon: number, lat: number): string[] {
  return regions
    .filter((r) => booleanPointInPolygon([lon, lat], r.geometry as MultiPolygon))
    .map((r) => String(r.properties.id));
}

// Coordinates: town centres and island points from standard gazetteers (rounded to 0.01°).
const PLACES: readonly (readonly [place: string, lon: number, lat: number, expected: string[]])[] =
  [
    // Zangnan (southern Tibet), south of the McMahon Line: on the standard map part of Tibet.
    ['Zangnan: Itanagar', 93.62, 27.09, []],
    ['Zangnan: Ziro', 93.83, 27.55, []],
    ['Zangnan: Pasighat', 95.33, 28.07, []],
    ['Zangnan: Bomdila', 92.42, 27.26, []],
    // Aksai Chin: inside Xinjiang (Hotan) and, at its southern edge, Tibet (Ngari), as on the standard map.
    ['Aksai Chin: Aksai Chin Lake', 79.8, 35.2, ['CN-XJ']],
    ['Aksai Chin: Lingzi Tang', 79.1, 35.0, ['CN-XJ']],
    ['Aksai Chin: Kongka Pass', 79.0, 34.35, ['CN-XZ']],
    // South China Sea and East China Sea islands.
    ['Paracel Islands: Yongxing (Woody) Island', 112.33, 16.83, ['CN-HI']],
    ['Spratly Islands: Yongshu Reef', 112.89, 9.55, []],
    ['Spratly Islands: Taiping Island', 114.37, 10.38, []],
    ['Spratly Islands: Meiji Reef', 115.53, 9.9, []],
    ['Pratas (Dongsha) Island', 116.72, 20.7, []],
    ['Scarborough Shoal (Huangyan Dao)', 117.76, 15.15, []],
    ['Diaoyu Island', 123.47, 25.74, []],
    ['Matsu: Nangan', 119.93, 26.16, []],
    ['Matsu: Beigan', 119.99, 26.22, []],
    ['Kinmen', 118.32, 24.44, ['CN-TW']],
    ['Penghu: Magong', 119.58, 23.57, ['CN-TW']],
    ['Taipei', 121.56, 25.04, ['CN-TW']],
  ];

describe('the boundary statement', () => {
  it.each(PLACES)('%s (%f, %f) lies in %j', (_place, lon, lat, expected) => {
    expect(regionsAt(lon, lat)).toEqual(expected);
  });

  it('is the regions layer’s notes, and says the outlines are de facto and not the standard map', () => {
    const notes = manifest.layers.find((l) => l.id === 'regions')?.notes ?? '';
    expect(notes.startsWith(BOUNDARY_NOTE)).toBe(true);
    expect(BOUNDARY_NOTE).toContain('de facto');
    expect(BOUNDARY_NOTE).toContain('NOT the national standard map');
    expect(BOUNDARY_NOTE).toContain('no map review number (审图号)');
    for (const place of ['Zangnan', 'Aksai Chin', 'Spratly', 'Pratas', 'Scarborough', 'Diaoyu'])
      expect(BOUNDARY_NOTE).toContain(place);
    for (const place of ['Matsu', 'Kinmen', 'Penghu', 'Paracel']) expect(BOUNDARY_NOTE).toContain(place);
  });

  it.each(['docs/DATA.md', 'README.md'])('is stated in %s', (file) => {
    const text = readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');
    expect(text).toMatch(/de facto/);
    expect(text).toMatch(/not\s+the\s+national\s+standard\s+map/i);
    expect(text).toContain('审图号');
    for (const place of ['Zangnan', 'Aksai Chin', 'Spratly', 'Pratas', 'Diaoyu', 'Matsu'])
      expect(text, place).toContain(place);
  });
});
