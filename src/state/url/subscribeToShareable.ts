// Calls a listener only when a shareable field of the store changed (FIELD_ORDER): hover, panel
// state, the dataset or the analysis never reach the URL sync, which so never re-encodes the link
// for them.
import type { StoreApi } from 'zustand/vanilla';
import { FIELD_ORDER } from './fieldCodecs';
import type { ShareableState } from './shareableState';

/** Subscribes `listener` to shareable changes of `store`; returns the unsubscribe function. */
export function subscribeToShareable<S extends ShareableState>(
  store: Pick<StoreApi<S>, 'subscribe'>,
  listener: () => void,
): () => void {
  return store.subscribe((state, previous) => {
    if (FIELD_ORDER.some((field) => state[field] !== previous[field])) listener();
  });
}
