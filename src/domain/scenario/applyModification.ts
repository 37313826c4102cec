// One modification applied to an atlas, without mutating it: only the touched layer gets a new
// array, every other layer and every untouched record is shared, so caches keyed by identity (the
// region index) survive. A modification that does not fit (unknown id, an id taken) changes nothing.
import type { Atlas, AtlasRecord } from '../atlas';
import { assertNever } from '../assertNever';
import type { LayerId } from '../layerFamilies';
import type { FieldChanges, Modification } from './modification';

export interface Applied {
  readonly atlas: Atlas;
  /** False when the modification did not fit the atlas and was skipped. */
  readonly applied: boolean;
}

type Fields = Record<string, unknown>;

/** The record with `changes` applied: a value sets a field, `null` removes it. */
export function withChanges<T extends object>(record: T, changes: FieldChanges<LayerId>): T {
  const next: Fields = { ...(record as Fields) };
  for (const [key, value] of Object.entries(changes)) {
    if (key === 'id' || value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

function replaceLayer(atlas: Atlas, layerId: LayerId, records: readonly AtlasRecord[]): Atlas {
  return { ...atlas, [layerId]: records } as Atlas;
}

/** Applies `modification` to `atlas` (pure). */
export function applyModification(atlas: Atlas, modification: Modification): Applied {
  const records: readonly AtlasRecord[] = atlas[modification.layerId];
  const skipped = { atlas, applied: false };
  if (modification.kind === 'add') {
    const { record, at } = modification;
    if (records.some((r) => r.id === record.id)) return skipped;
    const index = at === undefined ? records.length : Math.max(0, Math.min(at, records.length));
    const next = [...records.slice(0, index), record, ...records.slice(index)];
    return { atlas: replaceLayer(atlas, modification.layerId, next), applied: true };
  }
  const index = records.findIndex((r) => r.id === modification.id);
  if (index < 0) return skipped;
  const old = records[index]!;
  let replacement: AtlasRecord | undefined;
  switch (modification.kind) {
    case 'remove':
      replacement = undefined;
      break;
    case 'edit':
      replacement = withChanges(old, modification.changes as FieldChanges<LayerId>);
      break;
    case 'move':
      if (!('position' in old)) return skipped;
      replacement = { ...old, position: modification.position, proposed: true };
      break;
    default:
      return assertNever(modification);
  }
  const next = replacement
    ? records.map((r, i) => (i === index ? replacement : r))
    : records.filter((_, i) => i !== index);
  return { atlas: replaceLayer(atlas, modification.layerId, next), applied: true };
}
