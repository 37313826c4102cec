// The properties every feature shares (id, names, provenance, start and retire years). A feature
// without a usable id is dropped with an error; a missing name or source is replaced with a
// warning, never invented; a year that is not a four-digit year is left out with a warning.
import { VERIFICATION_LEVELS, type FeatureCommon } from '../domain/atlas';
import { YEAR_PRECISIONS } from '../domain/vintage/yearPrecision';
import { fail, warn, type FeatureContext } from './featureContext';
import type { PropertyReader } from './propertyReader';

/** Property keys read here; layer parsers and region statistics skip them. */
export const COMMON_KEYS = [
  'id',
  'name',
  'name_zh',
  'source',
  'approx',
  'verified',
  'region_id',
  'notes',
  'outside_region_km',
  'start_year',
  'retire_year',
  'year_precision',
  'proposed',
] as const;

/** A four-digit integer year, else undefined (with a warning when another number was written;
 * the reader already warns about a value that is no number). */
function readYear(read: PropertyReader, ctx: FeatureContext, key: string): number | undefined {
  const year = read.number(key);
  if (year === undefined || (Number.isInteger(year) && year >= 1000 && year <= 9999)) return year;
  warn(ctx, `${key} is not a four-digit year; left out`);
  return undefined;
}

function readId(read: PropertyReader, featureId: unknown): string | undefined {
  const id = read.props.id ?? featureId;
  if (typeof id === 'string' && id.trim() !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return undefined;
}

/**
 * Reads the common properties; `featureId` is the Feature's top-level `id`, used when
 * `properties.id` is absent. Returns undefined (with an error in `ctx`) when there is no id.
 */
export function parseCommon(
  read: PropertyReader,
  ctx: FeatureContext,
  featureId?: unknown,
): FeatureCommon | undefined {
  const id = readId(read, featureId);
  if (id === undefined) {
    fail(ctx, 'has no id (a non-empty string in properties.id); feature dropped');
    return undefined;
  }
  ctx.id = id;
  const name = read.string('name');
  if (name === undefined) warn(ctx, 'name is missing; the id is shown instead');
  const source = read.string('source');
  if (source === undefined) warn(ctx, 'source is missing');
  const approx = read.boolean('approx');
  if (approx === undefined && read.props.approx === undefined) {
    warn(ctx, 'approx is missing; read as false');
  }
  return {
    id,
    name: name ?? id,
    nameZh: read.string('name_zh'),
    source: source ?? '',
    approx: approx ?? false,
    verified: read.optionalEnum('verified', VERIFICATION_LEVELS),
    regionId: read.string('region_id'),
    notes: read.string('notes'),
    outsideRegionKm: read.number('outside_region_km'),
    startYear: readYear(read, ctx, 'start_year'),
    retireYear: readYear(read, ctx, 'retire_year'),
    yearPrecision: read.optionalEnum('year_precision', YEAR_PRECISIONS),
    proposed: read.boolean('proposed') === true ? true : undefined,
  };
}
