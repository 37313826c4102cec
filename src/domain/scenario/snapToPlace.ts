// Where a line a user draws starts or ends: at an existing node, station or site when one lies
// within the tolerance (the nearest wins), else exactly where the user clicked.
import type { LonLat } from '../atlas';
import { haversineKm } from '../geo/haversineKm';

/** Within this many km of a click, a line end snaps to the nearest candidate place. */
export const SNAP_TOLERANCE_KM = 25;

export interface PlaceCandidate {
  readonly position: LonLat;
  /** What the end then names, e.g. a network node's or a plant's name. */
  readonly name: string;
}

export interface SnappedEnd {
  readonly position: LonLat;
  /** The candidate snapped to; absent when the end stays where it was clicked. */
  readonly snappedTo?: PlaceCandidate;
}

/** The end for a click at `position` (degrees) given candidate places; tolerance in km (≥ 0). */
export function snapToPlace(
  position: LonLat,
  candidates: readonly PlaceCandidate[],
  toleranceKm = SNAP_TOLERANCE_KM,
): SnappedEnd {
  let best: PlaceCandidate | undefined;
  let bestKm = toleranceKm;
  for (const candidate of candidates) {
    const km = haversineKm(position, candidate.position);
    if (km <= bestKm) {
      best = candidate;
      bestKm = km;
    }
  }
  return best ? { position: best.position, snappedTo: best } : { position };
}
