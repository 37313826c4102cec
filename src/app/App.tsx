// The root component: the store and import providers around the layout, and the question asked
// before a link loads a dataset from another origin.
import { useState } from 'react';
import { AppStoreProvider } from '../state/AppStoreContext';
import type { AppStore } from '../state/createAppStore';
import { AtlasLayout } from '../ui/AtlasLayout';
import { ConfirmRemoteDataset } from '../ui/import/ConfirmRemoteDataset';
import { ImportProvider } from '../ui/import/ImportProvider';
import type { ImportClient } from '../ui/import/importClientTypes';
import { createImportClient } from './importClient';
import type { DatasetChoice } from './chooseDataset';

export interface AppProps {
  readonly store: AppStore;
  /** Where the dataset comes from; an other-origin link waits for the user's answer. */
  readonly dataset: DatasetChoice;
  /** Loads the dataset at the URL, or the default one. */
  readonly load: (manifestUrl?: string) => void;
  readonly importClient?: ImportClient;
}

export function App({ store, dataset, load, importClient }: AppProps) {
  const [client] = useState(() => importClient ?? createImportClient());
  const [asking, setAsking] = useState(dataset.kind === 'ask');
  const answer = (manifestUrl?: string) => {
    setAsking(false);
    load(manifestUrl);
  };
  return (
    <AppStoreProvider store={store}>
      <ImportProvider client={client}>
        <AtlasLayout />
        {asking && dataset.kind === 'ask' && (
          <ConfirmRemoteDataset
            url={dataset.url}
            origin={dataset.origin}
            onConfirm={() => answer(dataset.url)}
            onDecline={() => answer()}
          />
        )}
      </ImportProvider>
    </AppStoreProvider>
  );
}
