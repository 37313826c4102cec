// Which changes deserve their own history entry, so that back and forward step through them:
// picking or clearing a selection, changing the compared regions, switching dataset, adding or
// removing constraints or applying a preset, entering or leaving the as-of views, choosing the
// compared year. Slider moves (one threshold or one year at a time), camera moves and toggles only
// rewrite the current entry.
import type { Constraint } from '../../domain/constraints/constraint';
import { constraintsField } from './fields/constraintsField';
import type { ShareableState } from './shareableState';

type ChangeTest = (prev: ShareableState, next: ShareableState) => boolean;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** A preset or an added/removed filter changes the kinds, or more than one constraint at once. */
function constraintsReshaped(prev: readonly Constraint[], next: readonly Constraint[]): boolean {
  if (
    !sameList(
      prev.map((c) => c.kind),
      next.map((c) => c.kind),
    )
  )
    return true;
  const text = (c: Constraint | undefined) => (c ? constraintsField.format([c]) : '');
  const changed = prev.filter((c, i) => text(c) !== text(next[i]));
  return changed.length > 1;
}

/** One row per deliberate kind of change; adding one is adding a row (and a test). */
const DELIBERATE_CHANGES: readonly ChangeTest[] = [
  (prev, next) =>
    prev.selection?.layerId !== next.selection?.layerId ||
    prev.selection?.id !== next.selection?.id,
  (prev, next) => !sameList(prev.compareRegionIds, next.compareRegionIds),
  (prev, next) => prev.datasetUrl !== next.datasetUrl,
  (prev, next) => constraintsReshaped(prev.constraints, next.constraints),
  (prev, next) => prev.vintage.asOf.kind !== next.vintage.asOf.kind,
  (prev, next) => prev.compareYear !== next.compareYear,
];

/** True when going from `prev` to `next` should push a history entry rather than replace one. */
export function deliberateChange(prev: ShareableState, next: ShareableState): boolean {
  return DELIBERATE_CHANGES.some((changed) => changed(prev, next));
}
