// The ΔD choropleth of two years: each region coloured by how far its coordination degree D moved
// from the compared year to the year shown, on the scenarios' diverging ramp (deltaFillColours).
import type { RegionChange } from '../../domain/vintage/compareYears';
import { deltaFill, type DeltaFill } from './deltaFillColours';

export function yearDeltaFill(comparison: {
  readonly year: number;
  readonly changes: readonly RegionChange[];
}): DeltaFill {
  const deltas = new Map<string, number>();
  for (const change of comparison.changes) {
    if (change.degreeChange !== undefined) deltas.set(change.regionId, change.degreeChange);
  }
  const regionIds = comparison.changes.map((change) => change.regionId);
  return deltaFill(regionIds, deltas, `year-delta:${comparison.year}`);
}
