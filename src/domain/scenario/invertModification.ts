// The undo of a modification: the modification that, applied after it, gives back the atlas it was
// applied to, exactly (record order and absent fields included). Computed against that atlas.
import type { Atlas, AtlasRecord } from '../atlas';
import type { LayerId } from '../layerFamilies';
import { applyModification } from './applyModification';
import type { FieldChanges, Modification } from './modification';

type Fields = Record<string, unknown>;

/** Every field that differs between `before` and `after`, with its value before (`null`: absent). */
function restoringChanges(before: AtlasRecord, after: AtlasRecord): FieldChanges<LayerId> {
  const changes: Fields = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    const was = (before as unknown as Fields)[key];
    const now = (after as unknown as Fields)[key];
    if (key !== 'id' && was !== now) changes[key] = was === undefined ? null : was;
  }
  return changes as FieldChanges<LayerId>;
}

/**
 * The inverse of `modification` on `before`: apply `modification`, then the inverse, and `before`
 * comes back. Undefined when `modification` does not fit `before` (it would change nothing).
 */
export function invertModification(
  before: Atlas,
  modification: Modification,
): Modification | undefined {
  const { atlas: after, applied } = applyModification(before, modification);
  if (!applied) return undefined;
  const layerId = modification.layerId;
  if (modification.kind === 'add') {
    return { kind: 'remove', layerId, id: modification.record.id } as Modification;
  }
  const records: readonly AtlasRecord[] = before[layerId];
  const at = records.findIndex((r) => r.id === modification.id);
  const old = records[at]!;
  if (modification.kind === 'remove') {
    return { kind: 'add', layerId, record: old, at } as Modification;
  }
  const now = (after[layerId] as readonly AtlasRecord[])[at]!;
  return { kind: 'edit', layerId, id: old.id, changes: restoringChanges(old, now) } as Modification;
}
