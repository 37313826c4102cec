// Which changes deserve their own history entry, so that back and forward step through them:
// picking or clearing a selection, changing the compared regions, switching dataset. Slider moves,
// camera moves and toggles only rewrite the current entry.
import type { ShareableState } from './shareableState';

type ChangeTest = (prev: ShareableState, next: ShareableState) => boolean;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/** One row per deliberate kind of change; adding one is adding a row (and a test). */
const DELIBERATE_CHANGES: readonly ChangeTest[] = [
  (prev, next) =>
    prev.selection?.layerId !== next.selection?.layerId ||
    prev.selection?.id !== next.selection?.id,
  (prev, next) => !sameList(prev.compareRegionIds, next.compareRegionIds),
  (prev, next) => prev.datasetUrl !== next.datasetUrl,
];

/** True when going from `prev` to `next` should push a history entry rather than replace one. */
export function deliberateChange(prev: ShareableState, next: ShareableState): boolean {
  return DELIBERATE_CHANGES.some((changed) => changed(prev, next));
}
