// The table of bad inputs: each file, the reader it goes to, and the reason the report must give.
// A reason is checked in the list that says what happened to it (fatal, fixed, dropped or noted).
import type { ReasonCode } from '../../src/data/validate/messages';
import { collection, feature, point, square, text } from './fixtures';

export interface BadInputCase {
  readonly name: string;
  readonly reader: 'geojson' | 'csv';
  /** The file text, or a function making it (for files too big to keep in the table). */
  readonly input: string | (() => string);
  readonly maxBytes?: number;
  readonly expectedGeometry?: 'point' | 'line' | 'polygon';
  readonly fatal?: ReasonCode;
  /** A piece of the English fatal message the user reads. */
  readonly message?: string;
  readonly fixed?: readonly ReasonCode[];
  readonly dropped?: readonly ReasonCode[];
  readonly noted?: readonly ReasonCode[];
  readonly kept?: number;
}

const MB = 1024 * 1024;
const ok = point([116.4, 39.9], { id: 'ok' });
const poly = (ring: unknown, props: object = {}) =>
  feature({ type: 'Polygon', coordinates: [ring] }, props);
const bowTie = [
  [100, 30],
  [101, 31],
  [101, 30],
  [100, 31],
  [100, 30],
];

export const BAD_INPUTS: readonly BadInputCase[] = [
  { name: 'an empty file', reader: 'geojson', input: '', fatal: 'empty_file', message: 'empty' },
  { name: 'a file of spaces', reader: 'geojson', input: '   \n\t ', fatal: 'empty_file' },
  {
    name: 'plain text',
    reader: 'geojson',
    input: 'hello world',
    fatal: 'not_json',
    message: 'line 1, column 1',
  },
  {
    name: 'an HTML page',
    reader: 'geojson',
    input: '<!doctype html><html></html>',
    fatal: 'not_json',
  },
  {
    name: 'JSON with a trailing comma on line 3',
    reader: 'geojson',
    input: '{\n"type": "FeatureCollection",\n"features": [],\n}',
    fatal: 'not_json',
    message: 'line 4',
  },
  {
    name: 'truncated JSON',
    reader: 'geojson',
    input: text(collection(ok)).slice(0, 40),
    fatal: 'truncated_json',
    message: 'truncated',
  },
  {
    name: 'JSON cut inside a string',
    reader: 'geojson',
    input: '{"type":"FeatureCollection","features":[{"type":"Fea',
    fatal: 'truncated_json',
  },
  {
    name: 'a byte-order mark before valid GeoJSON',
    reader: 'geojson',
    input: `\uFEFF${text(collection(ok))}`,
    fixed: ['bom_stripped'],
    kept: 1,
  },
  {
    name: 'TopoJSON',
    reader: 'geojson',
    input: text({ type: 'Topology', objects: {}, arcs: [] }),
    fatal: 'topojson',
    message: 'TopoJSON; convert it to GeoJSON',
  },
  {
    name: 'JSON that is not GeoJSON',
    reader: 'geojson',
    input: text({ hello: 'world' }),
    fatal: 'not_geojson',
  },
  { name: 'a JSON number', reader: 'geojson', input: '42', fatal: 'not_geojson' },
  {
    name: 'nesting 100 000 levels deep',
    reader: 'geojson',
    input: '['.repeat(100_000) + ']'.repeat(100_000),
    fatal: 'too_deeply_nested',
    message: '64',
  },
  {
    name: 'deep nesting inside properties',
    reader: 'geojson',
    input: text(point([1, 1], { deep: JSON.parse('['.repeat(80) + ']'.repeat(80)) as unknown })),
    fatal: 'too_deeply_nested',
  },
  {
    name: 'a 50 MB file',
    reader: 'geojson',
    input: () => `{"type":"FeatureCollection","features":[${' '.repeat(50 * MB)}]}`,
    maxBytes: 50 * MB,
    fatal: 'file_too_large',
    message: 'limit is 50.0 MB',
  },
  {
    name: 'a file over a small limit with multi-byte text',
    reader: 'geojson',
    input: text(point([1, 1], { name: '数据中心'.repeat(100) })),
    maxBytes: 1000,
    fatal: 'file_too_large',
  },
  {
    name: 'a bare Feature',
    reader: 'geojson',
    input: text(ok),
    fixed: ['wrapped_feature'],
    kept: 1,
  },
  {
    name: 'a bare geometry',
    reader: 'geojson',
    input: text({ type: 'Point', coordinates: [116, 40] }),
    fixed: ['wrapped_geometry', 'id_assigned'],
    kept: 1,
  },
  {
    name: 'an empty FeatureCollection',
    reader: 'geojson',
    input: text(collection()),
    fatal: 'no_features',
  },
  {
    name: 'bare NaN words in coordinates',
    reader: 'geojson',
    input:
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[NaN, 30]},"properties":{}},' +
      text(ok) +
      ']}',
    fixed: ['non_standard_number_literal'],
    dropped: ['non_finite_coordinate'],
    kept: 1,
  },
  {
    name: 'bare Infinity in coordinates',
    reader: 'geojson',
    input: '{"type":"Point","coordinates":[-Infinity, 30]}',
    fatal: 'no_features',
    dropped: ['non_finite_coordinate'],
  },
  {
    name: '1e400 in a coordinate (parses to Infinity)',
    reader: 'geojson',
    input: `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1e400,30]},"properties":{}},${text(ok)}]}`,
    dropped: ['non_finite_coordinate'],
    kept: 1,
  },
  {
    name: 'null as a coordinate (how NaN is serialised)',
    reader: 'geojson',
    input: text(collection(point([null, 30]), ok)),
    dropped: ['non_finite_coordinate'],
    kept: 1,
  },
  {
    name: 'strings as coordinates',
    reader: 'geojson',
    input: text(collection(point(['116', '40']), ok)),
    dropped: ['invalid_position'],
    kept: 1,
  },
  {
    name: 'a one-number position',
    reader: 'geojson',
    input: text(collection(point([116]), ok)),
    dropped: ['invalid_position'],
    kept: 1,
  },
  {
    name: 'longitude out of range',
    reader: 'geojson',
    input: text(collection(point([200, 30]), ok)),
    dropped: ['position_out_of_range'],
    kept: 1,
  },
  {
    name: 'latitude out of range',
    reader: 'geojson',
    input: text(collection(point([100, -95]), ok)),
    dropped: ['position_out_of_range'],
    kept: 1,
  },
  {
    name: 'swapped lat/lon across a Chinese file',
    reader: 'geojson',
    input: text(
      collection(
        point([39.9, 116.4], { id: 'a' }),
        point([31.2, 121.5], { id: 'b' }),
        point([43.8, 87.6], { id: 'c' }),
      ),
    ),
    fixed: ['swapped_axes'],
    kept: 3,
  },
  {
    name: 'swapped lat/lon in a non-Chinese file',
    reader: 'geojson',
    input: text(
      collection(
        point([40.7, -74.0], { id: 'ny' }),
        point([34.0, -118.2], { id: 'la' }),
        point([-33.9, 151.2], { id: 'syd' }),
      ),
    ),
    fixed: ['swapped_axes'],
    kept: 3,
  },
  {
    name: 'a 3D position',
    reader: 'geojson',
    input: text(collection(point([116.4, 39.9, 43.5], { id: 'h' }))),
    fixed: ['trimmed_3d'],
    kept: 1,
  },
  {
    name: 'a null geometry',
    reader: 'geojson',
    input: text(collection(feature(null, { id: 'n' }), ok)),
    dropped: ['null_geometry'],
    kept: 1,
  },
  {
    name: 'an unknown geometry type',
    reader: 'geojson',
    input: text(collection(feature({ type: 'Circle', coordinates: [1, 1] }), ok)),
    dropped: ['invalid_geometry'],
    kept: 1,
  },
  {
    name: 'a GeometryCollection',
    reader: 'geojson',
    input: text(collection(feature({ type: 'GeometryCollection', geometries: [] }), ok)),
    dropped: ['geometry_collection'],
    kept: 1,
  },
  {
    name: 'an entry that is not a Feature',
    reader: 'geojson',
    input: text(collection({ type: 'Point', coordinates: [1, 1] }, ok)),
    dropped: ['not_a_feature'],
    kept: 1,
  },
  {
    name: 'a line with one position',
    reader: 'geojson',
    input: text(collection(feature({ type: 'LineString', coordinates: [[100, 30]] }))),
    fatal: 'no_features',
    dropped: ['too_few_positions'],
  },
  {
    name: 'an unclosed ring',
    reader: 'geojson',
    input: text(collection(poly(square(100, 30).slice(0, 4), { id: 'p' }))),
    fixed: ['ring_closed'],
    kept: 1,
  },
  {
    name: 'a ring of two positions',
    reader: 'geojson',
    input: text(
      collection(
        poly([
          [100, 30],
          [101, 30],
        ]),
      ),
    ),
    dropped: ['too_few_positions'],
    fatal: 'no_features',
  },
  {
    name: 'an outer ring wound clockwise',
    reader: 'geojson',
    input: text(collection(poly([...square(100, 30)].reverse(), { id: 'cw' }))),
    fixed: ['ring_rewound'],
    kept: 1,
  },
  {
    name: 'a hole wound anticlockwise',
    reader: 'geojson',
    input: text(
      collection(
        feature(
          { type: 'Polygon', coordinates: [square(100, 30, 4), square(101, 31)] },
          { id: 'h' },
        ),
      ),
    ),
    fixed: ['ring_rewound'],
    kept: 1,
  },
  {
    name: 'a bow-tie ring',
    reader: 'geojson',
    input: text(collection(poly(bowTie, { id: 'bt' }))),
    noted: ['self_intersection'],
    kept: 1,
  },
  {
    name: 'a line crossing the antimeridian',
    reader: 'geojson',
    input: text(
      collection(
        feature(
          {
            type: 'LineString',
            coordinates: [
              [179, 10],
              [-179, 11],
            ],
          },
          { id: 'am' },
        ),
      ),
    ),
    noted: ['antimeridian_crossing'],
    kept: 1,
  },
  {
    name: 'mixed geometry types with a point layer expected',
    reader: 'geojson',
    expectedGeometry: 'point',
    input: text(collection(ok, poly(square(100, 30)))),
    dropped: ['wrong_geometry_type'],
    kept: 1,
  },
  {
    name: 'mixed geometry types with no layer given (majority kept)',
    reader: 'geojson',
    input: text(collection(ok, point([100, 30], { id: 'b' }), poly(square(100, 30)))),
    dropped: ['wrong_geometry_type'],
    kept: 2,
  },
  {
    name: 'a MultiPoint of one position',
    reader: 'geojson',
    expectedGeometry: 'point',
    input: text(collection(feature({ type: 'MultiPoint', coordinates: [[100, 30]] }, { id: 'm' }))),
    fixed: ['multipoint_to_point'],
    kept: 1,
  },
  {
    name: 'a __proto__ key in properties',
    reader: 'geojson',
    input: `{"type":"Feature","geometry":{"type":"Point","coordinates":[1,1]},"properties":{"id":"p","__proto__":{"polluted":true}}}`,
    fixed: ['unsafe_key_removed'],
    kept: 1,
  },
  {
    name: 'constructor and prototype keys nested in properties',
    reader: 'geojson',
    input: text(point([1, 1], { id: 'c', meta: { constructor: { prototype: { x: 1 } } } })),
    fixed: ['unsafe_key_removed'],
    kept: 1,
  },
  {
    name: 'HTML in a property',
    reader: 'geojson',
    input: text(point([1, 1], { id: 'x', name: '<img src=x onerror=alert(1)>' })),
    noted: ['html_in_property'],
    kept: 1,
  },
  {
    name: 'a javascript: URL in a property',
    reader: 'geojson',
    input: text(point([1, 1], { id: 'j', url: 'javascript:alert(document.cookie)' })),
    noted: ['script_url_in_property'],
    kept: 1,
  },
  {
    name: 'Infinity in a property (1e400)',
    reader: 'geojson',
    input:
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,1]},"properties":{"id":"i","capacity_mw":1e400}}',
    fixed: ['non_finite_property_removed'],
    kept: 1,
  },
  {
    name: 'duplicate ids with different content',
    reader: 'geojson',
    input: text(collection(point([1, 1], { id: 'd' }), point([2, 2], { id: 'd' }))),
    fixed: ['duplicate_id_renamed'],
    kept: 2,
  },
  {
    name: 'an exact duplicate feature',
    reader: 'geojson',
    input: text(collection(point([1, 1], { id: 'd' }), point([1, 1], { id: 'd' }))),
    dropped: ['duplicate_feature'],
    kept: 1,
  },
  {
    name: 'features without ids',
    reader: 'geojson',
    input: text(collection(point([1, 1]), point([2, 2]))),
    fixed: ['id_assigned'],
    kept: 2,
  },
  {
    name: 'a CSV without coordinate columns',
    reader: 'csv',
    input: 'name,capacity\nA,10\nB,20\n',
    fatal: 'csv_no_coordinate_columns',
    message: 'latitude/longitude',
  },
  { name: 'a CSV with a header only', reader: 'csv', input: 'name,lat,lon\n', fatal: 'empty_file' },
  {
    name: 'a CSV with swapped coordinate columns',
    reader: 'csv',
    input: 'name,lat,lon\nBeijing,116.4,39.9\nShanghai,121.5,31.2\nUrumqi,87.6,43.8\n',
    fixed: ['swapped_axes'],
    kept: 3,
  },
  {
    name: 'a CSV row with a blank coordinate',
    reader: 'csv',
    input: 'name,latitude,longitude\nA,,116\nB,30,110\n',
    dropped: ['missing_coordinate'],
    kept: 1,
  },
  {
    name: 'a CSV row with text as a coordinate',
    reader: 'csv',
    input: 'name,纬度,经度\nA,north,116\nB,30,110\n',
    dropped: ['invalid_coordinate'],
    kept: 1,
  },
  {
    name: 'a CSV row out of range',
    reader: 'csv',
    input: 'name,y,x\nA,95,116\nB,30,110\n',
    dropped: ['position_out_of_range'],
    kept: 1,
  },
  {
    name: 'a CSV with a __proto__ column',
    reader: 'csv',
    input: 'name,__proto__,lat,lng\nA,{"x":1},30,110\n',
    fixed: ['unsafe_key_removed'],
    kept: 1,
  },
  {
    name: 'a CSV with a BOM and HTML in a cell',
    reader: 'csv',
    input: '\uFEFFname,Latitude,Longitude\n<script>alert(1)</script>,30,110\n',
    noted: ['html_in_property'],
    kept: 1,
  },
  {
    name: 'a 50 MB CSV',
    reader: 'csv',
    input: () => `name,lat,lon\n${'A,30,110\n'.repeat((50 * MB) / 9 + 1)}`,
    maxBytes: 50 * MB,
    fatal: 'file_too_large',
  },
];
