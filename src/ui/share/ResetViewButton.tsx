// Puts every shared input back to its default (keeping the language) and fits the country.
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { DEFAULT_SHAREABLE_STATE } from '../../state/url/shareableState';
import { SHARE_MESSAGES } from './shareMessages';

export function ResetViewButton() {
  const lang = useAppStore((state) => state.lang);
  const store = useAppStoreApi();
  const reset = () => {
    const { applyShareable, requestCamera, dataset, lang: current } = store.getState();
    applyShareable({ ...DEFAULT_SHAREABLE_STATE, lang: current });
    if (dataset) requestCamera({ kind: 'fit', bounds: dataset.manifest.bounds });
  };
  return (
    <button
      type="button"
      className="text-button"
      aria-label={`${SHARE_MESSAGES.reset[lang]} (${SHARE_MESSAGES.resetLabel[lang]})`}
      onClick={reset}
    >
      {SHARE_MESSAGES.reset[lang]}
    </button>
  );
}
