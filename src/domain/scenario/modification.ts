// A scenario and its modifications: an ordered list of edits on top of a dataset that never
// mutates it. One union for every layer family (generic over LayerRecords), so a new family can be
// added, edited, removed (and, for points, moved) without a line here.
import type { LonLat } from '../atlas';
import type { LayerId, LayerRecords, PointLayerId } from '../layerFamilies';

export const MODIFICATION_KINDS = ['add', 'edit', 'remove', 'move'] as const;
export type ModificationKind = (typeof MODIFICATION_KINDS)[number];

/** A new feature; `at` (record index) only where an undo puts a removed feature back. */
export interface AddFeature<L extends LayerId = LayerId> {
  readonly kind: 'add';
  readonly layerId: L;
  readonly record: LayerRecords[L];
  readonly at?: number;
}

/** New values of a feature's fields; `null` removes a field (the value becomes unknown). */
export type FieldChanges<L extends LayerId> = {
  readonly [K in Exclude<keyof LayerRecords[L], 'id'>]?: LayerRecords[L][K] | null;
};

export interface EditFeature<L extends LayerId = LayerId> {
  readonly kind: 'edit';
  readonly layerId: L;
  readonly id: string;
  readonly changes: FieldChanges<L>;
}

/** The feature leaves the scenario (demolished, or a plant retired without a trace). */
export interface RemoveFeature<L extends LayerId = LayerId> {
  readonly kind: 'remove';
  readonly layerId: L;
  readonly id: string;
}

/** A point to a new position; the feature is marked proposed. */
export interface MoveFeature<L extends PointLayerId = PointLayerId> {
  readonly kind: 'move';
  readonly layerId: L;
  readonly id: string;
  readonly position: LonLat;
}

type ModificationOf<L extends LayerId> =
  | AddFeature<L>
  | EditFeature<L>
  | RemoveFeature<L>
  | (L extends PointLayerId ? MoveFeature<L> : never);

export type Modification = { [L in LayerId]: ModificationOf<L> }[LayerId];

export interface Scenario {
  /** Unique in a browser and in links, e.g. `s-k3x9`. */
  readonly id: string;
  readonly name: string;
  /** The manifest id of the dataset the modifications refer to, e.g. `china`. */
  readonly datasetId: string;
  readonly modifications: readonly Modification[];
}

/** The id of the feature a modification adds or changes. */
export function targetId(modification: Modification): string {
  return modification.kind === 'add' ? modification.record.id : modification.id;
}
