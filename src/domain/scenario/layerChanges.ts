// What a scenario changed, layer by layer, found by record identity: applyModification shares
// every untouched record, so a record of the scenario that is not one of the baseline's is new (or
// changed), and a baseline record missing from the scenario is gone (or replaced).
import type { Atlas, AtlasRecord } from '../atlas';
import { LAYER_IDS, type LayerId } from '../layerFamilies';

export interface LayerChange {
  readonly layerId: LayerId;
  /** Records of the scenario that the baseline does not hold (added, or a changed version). */
  readonly added: readonly AtlasRecord[];
  /** Records of the baseline that the scenario does not hold (removed, or the old version). */
  readonly removed: readonly AtlasRecord[];
}

/** The changed layers of `scenario` against `base`, in draw order; unchanged layers are left out. */
export function layerChanges(base: Atlas, scenario: Atlas): LayerChange[] {
  const changes: LayerChange[] = [];
  for (const layerId of LAYER_IDS) {
    const before: readonly AtlasRecord[] = base[layerId];
    const after: readonly AtlasRecord[] = scenario[layerId];
    if (before === after) continue;
    // Records keep their order, so only the middle between a shared prefix and suffix can differ.
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (
      end < before.length - start &&
      end < after.length - start &&
      before[before.length - 1 - end] === after[after.length - 1 - end]
    )
      end++;
    const middleBefore = before.slice(start, before.length - end);
    const middleAfter = after.slice(start, after.length - end);
    const kept = new Set(middleBefore);
    const added = middleAfter.filter((record) => !kept.has(record));
    const still = new Set(middleAfter);
    const removed = middleBefore.filter((record) => !still.has(record));
    if (added.length > 0 || removed.length > 0) changes.push({ layerId, added, removed });
  }
  return changes;
}
