// What makes a proposed or edited feature impossible, whatever its family: a negative capacity,
// voltage, length or count (a PUE below 1), or a position outside every region the dataset
// covers. One table of bounded fields; the data boundary turns each problem into a reason.
import type { Atlas, AtlasRecord, LonLat } from '../atlas';
import { assignPointsToRegions } from '../spatial/assignPointsToRegions';
import { regionIndexOf } from '../spatial/createRegionIndex';

/** Fields with a lower bound, in their record's unit. */
export const LOWER_BOUNDS: Readonly<Record<string, number>> = {
  capacityMw: 0,
  capacityGw: 0,
  capacityTbps: 0,
  voltageKv: 0,
  lengthKm: 0,
  racks: 0,
  servers: 0,
  designPue: 1,
};

/** A point within this many km of a covered region counts as inside it (the score's tolerance). */
export const COVERAGE_TOLERANCE_KM = 50;

export type ProposalProblem =
  | { readonly kind: 'below_bound'; readonly field: string; readonly value: number }
  | { readonly kind: 'outside_coverage'; readonly position: LonLat };

/** The positions a record stands at: a point, or both ends of every path of a line. */
function anchors(record: AtlasRecord): LonLat[] {
  if ('position' in record) return [record.position];
  if (record.geometry.type === 'MultiLineString') {
    return record.geometry.coordinates.flatMap((path) =>
      [path[0], path.at(-1)].flatMap((p) => (p ? [[p[0]!, p[1]!] as LonLat] : [])),
    );
  }
  return [];
}

/** True when `position` lies in (or within tolerance of) a region the dataset covers. */
export function isCovered(atlas: Atlas, position: LonLat): boolean {
  const index = regionIndexOf(atlas.regions);
  const found = assignPointsToRegions([position], index, { toleranceKm: COVERAGE_TOLERANCE_KM });
  const region = atlas.regions[found.regionOf[0]!];
  return region !== undefined && !region.outsideCoverage;
}

/** Every problem of `record` on `atlas` (empty when it may join the scenario). */
export function checkProposal(atlas: Atlas, record: AtlasRecord): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  for (const [field, bound] of Object.entries(LOWER_BOUNDS)) {
    const value = (record as unknown as Record<string, unknown>)[field];
    if (typeof value === 'number' && value < bound) {
      problems.push({ kind: 'below_bound', field, value });
    }
  }
  if (atlas.regions.length > 0) {
    for (const position of anchors(record)) {
      if (!isCovered(atlas, position)) problems.push({ kind: 'outside_coverage', position });
    }
  }
  return problems;
}
