// Keeps the URL hash and the store in step: the link opened restores the view, later changes are
// written back (deliberate actions as history entries; only shareable changes are looked at, never
// hover), back/forward re-apply.
import type { AppStore } from '../state/createAppStore';
import type { DecodeContext } from '../state/url/fieldCodec';
import { pickShareable } from '../state/url/pickShareable';
import { subscribeToShareable } from '../state/url/subscribeToShareable';
import { startUrlSync } from '../state/url/urlSync';

function decodeContext(store: AppStore): DecodeContext {
  const dataset = store.getState().dataset;
  if (!dataset) return {};
  const { atlas } = dataset;
  return {
    knownRegionIds: new Set(atlas.regions.map((region) => region.id)),
    knownHubIds: new Set(atlas.hubs.map((hub) => hub.id)),
    isKnownFeature: (ref) => atlas[ref.layerId].some((record) => record.id === ref.id),
  };
}

/** Starts syncing; returns the function that stops it. */
export function connectUrl(store: AppStore, win: Window = window): () => void {
  return startUrlSync(
    {
      read: () => pickShareable(store.getState()),
      apply: (state, notices) => {
        const { camera: before, lang } = store.getState();
        // A hand-written link that does not name a language keeps the browser's.
        const namesLang = /(^|[#&])l=/.test(win.location.hash);
        store.getState().applyShareable(namesLang ? state : { ...state, lang });
        store.getState().addNotices(notices);
        if (state.camera !== before)
          store.getState().requestCamera({ kind: 'jump', camera: state.camera });
      },
      subscribe: (listener) => subscribeToShareable(store, listener),
      decodeContext: () => decodeContext(store),
    },
    win,
  );
}
