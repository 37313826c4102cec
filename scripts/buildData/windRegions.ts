// The province of each wind phase: GEM's province wins unless the point is too far from it.
// Onshore, too far is over OUTSIDE_TOLERANCE_KM outside: then the mainland province containing the
// point, or else the nearest within the tolerance. Offshore, over OFFSHORE_REACH_KM (or the reach
// WIND_EXCEPTIONS grants): then the nearest coastal province within it. Else the build fails.
import { booleanPointInPolygon } from '@turf/turf';
import type { Point, Position } from 'geojson';
import type { AtlasFeature } from './geometry';
import { MAINLAND_ISO_IDS } from './provinces';
import {
  distanceOutsideKm,
  OUTSIDE_TOLERANCE_KM,
  type RegionGeometries,
} from './regionContainment';
import { roundTo } from './round';
import { WIND_EXCEPTIONS, type WindException } from './windExceptions';

/** Farthest an offshore phase may lie from the outline of the coastal province it is assigned to. */
export const OFFSHORE_REACH_KM = 100;

/** Mainland provinces with a sea coast, north to south (ties go to the first). */
export const COASTAL_REGION_IDS = [
  'CN-LN',
  'CN-HE',
  'CN-TJ',
  'CN-SD',
  'CN-JS',
  'CN-SH',
  'CN-ZJ',
  'CN-FJ',
  'CN-GD',
  'CN-GX',
  'CN-HI',
] as const;

export type WindAssignment =
  | { readonly kind: 'inside'; readonly regionId: string }
  | { readonly kind: 'outside_kept'; readonly regionId: string; readonly km: number }
  | {
      readonly kind: 'reassigned';
      readonly regionId: string;
      readonly from: string;
      /** Set when no province contains the point and the nearest one was taken. */
      readonly km?: number;
    }
  | {
      readonly kind: 'offshore';
      readonly regionId: string;
      readonly km: number;
      readonly from?: string;
    };

/** km rounded to 0.01, never 0 for a point that is outside. */
const flagKm = (km: number): number => (km === 0 ? 0 : Math.max(0.01, roundTo(km, 2)));

function geometryOf(regions: RegionGeometries, id: string) {
  const geometry = regions.get(id);
  if (!geometry) throw new Error(`unknown region ${id}`);
  return geometry;
}

/** The nearest of the listed regions the map has; ties go to the first listed. */
function nearest(position: Position, ids: readonly string[], regions: RegionGeometries) {
  let best = { regionId: '', km: Infinity };
  for (const regionId of ids.filter((id) => regions.has(id))) {
    const km = distanceOutsideKm(position, geometryOf(regions, regionId));
    if (km < best.km) best = { regionId, km };
  }
  return best;
}

/** Where one phase belongs; throws with the reason when no rule places it. */
export function assignWindRegion(
  position: Position,
  statedId: string,
  offshore: boolean,
  regions: RegionGeometries,
  offshoreReachKm = OFFSHORE_REACH_KM,
): WindAssignment {
  if (offshore) {
    const coastal: readonly string[] = COASTAL_REGION_IDS;
    if (coastal.includes(statedId)) {
      const km = distanceOutsideKm(position, geometryOf(regions, statedId));
      if (km <= offshoreReachKm) return { kind: 'offshore', regionId: statedId, km: flagKm(km) };
    }
    const { regionId, km } = nearest(position, COASTAL_REGION_IDS, regions);
    if (km > offshoreReachKm)
      throw new Error(
        `offshore, ${km.toFixed(1)} km from the nearest coastal province ${regionId} (reach ${offshoreReachKm} km)`,
      );
    const from = regionId === statedId ? {} : { from: statedId };
    return { kind: 'offshore', regionId, km: flagKm(km), ...from };
  }
  const statedKm = distanceOutsideKm(position, geometryOf(regions, statedId));
  if (statedKm === 0) return { kind: 'inside', regionId: statedId };
  if (statedKm <= OUTSIDE_TOLERANCE_KM)
    return { kind: 'outside_kept', regionId: statedId, km: flagKm(statedKm) };
  const container = MAINLAND_ISO_IDS.find((id) => {
    const geometry = regions.get(id);
    return geometry !== undefined && booleanPointInPolygon(position, geometry);
  });
  if (container) return { kind: 'reassigned', regionId: container, from: statedId };
  const near = nearest(position, MAINLAND_ISO_IDS, regions);
  if (near.km <= OUTSIDE_TOLERANCE_KM)
    return { kind: 'reassigned', regionId: near.regionId, from: statedId, km: flagKm(near.km) };
  throw new Error(
    `${statedKm.toFixed(1)} km outside ${statedId}, inside no mainland province and ${near.km.toFixed(1)} km from the nearest (${near.regionId})`,
  );
}

/** The flags an assignment adds to a feature's properties. */
function flagsOf(a: WindAssignment): Record<string, unknown> {
  switch (a.kind) {
    case 'inside':
      return { region_id: a.regionId };
    case 'outside_kept':
      return { region_id: a.regionId, outside_region_km: a.km };
    case 'reassigned':
      return a.km === undefined
        ? { region_id: a.regionId, region_reassigned_from: a.from }
        : { region_id: a.regionId, region_reassigned_from: a.from, outside_region_km: a.km };
    case 'offshore':
      return a.from === undefined
        ? { region_id: a.regionId, offshore_km: a.km }
        : { region_id: a.regionId, offshore_km: a.km, region_reassigned_from: a.from };
  }
}

export interface AssignedWindFarm {
  readonly feature: AtlasFeature<Point>;
  readonly assignment: WindAssignment;
}

/** The QA flag and note a listed exception adds, after GEM's own note. */
function exceptionFlags(exception: WindException | undefined, qaNote: unknown) {
  if (!exception) return {};
  const note = `Compute Atlas build: ${exception.note}`;
  return { qa_flagged: true, qa_note: typeof qaNote === 'string' ? `${qaNote}; ${note}` : note };
}

/**
 * Every phase with its region set and flagged; throws listing every phase no rule places, and
 * every exception that names no phase or that the rules no longer need.
 */
export function assignWindRegions(
  features: readonly AtlasFeature<Point>[],
  regions: RegionGeometries,
  exceptions: Readonly<Record<string, WindException>> = WIND_EXCEPTIONS,
): AssignedWindFarm[] {
  const errors: string[] = [];
  const ids = new Set(features.map((f) => String(f.properties.id)));
  for (const id of Object.keys(exceptions)) {
    if (!ids.has(id)) errors.push(`wind exception ${id}: no such phase`);
  }
  const out = features.flatMap((f) => {
    const p = f.properties;
    const id = String(p.id);
    const offshore = p.installation === 'offshore';
    const place = (reachKm?: number) =>
      assignWindRegion(f.geometry.coordinates, String(p.region_id), offshore, regions, reachKm);
    try {
      const exception = exceptions[id];
      if (exception) {
        let needed = false;
        try {
          place();
        } catch {
          needed = true;
        }
        if (!needed) errors.push(`wind exception ${id}: the rules place it without the exception`);
      }
      const assignment = place(exception?.offshoreReachKm);
      const properties = { ...p, ...exceptionFlags(exception, p.qa_note), ...flagsOf(assignment) };
      return [{ feature: { ...f, properties }, assignment }];
    } catch (error) {
      errors.push(`wind_farms ${id} (${String(p.region_id)}): ${(error as Error).message}`);
      return [];
    }
  });
  if (errors.length > 0) throw new Error(`wind phases no rule places:\n${errors.join('\n')}`);
  return out;
}
