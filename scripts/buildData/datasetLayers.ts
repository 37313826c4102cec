// The layers the default dataset build writes, in draw order: the app's LAYER_IDS plus the layers
// the app does not know yet. Once src/domain/layerFamilies.ts lists a pending layer, the app's position
// wins and the pending entry here has no effect (remove it then).
import { LAYER_IDS, type LayerId } from '../../src/domain/layerFamilies';

/** Layers built here ahead of the app (issue 13): each is drawn just before `before`. */
const PENDING_LAYERS = [{ id: 'wind_farms', before: 'power_plants' }] as const;

export type DatasetLayerId = LayerId | (typeof PENDING_LAYERS)[number]['id'];

function withPending(): DatasetLayerId[] {
  const ids: DatasetLayerId[] = [...LAYER_IDS];
  for (const { id, before } of PENDING_LAYERS) {
    if (ids.includes(id)) continue;
    const at = ids.indexOf(before);
    ids.splice(at < 0 ? ids.length : at, 0, id);
  }
  return ids;
}

/** Every layer of the built dataset, once each, in draw order (bottom first). */
export const DATASET_LAYER_IDS: readonly DatasetLayerId[] = withPending();
