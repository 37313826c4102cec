// Holds the one import flow of the page and shows its progress, dialog and messages; the "Add data"
// button and the drop zone reach it through `useImport()`. The app passes the worker client in.
import { createContext, useContext, type ReactNode } from 'react';
import type { ImportClient } from './importClientTypes';
import { ImportDialog } from './ImportDialog';
import { ImportProgress } from './ImportProgress';
import { ImportStatus } from './ImportStatus';
import { useImportFlow, type ImportApi } from './useImportFlow';
import './import.css';

const ImportContext = createContext<ImportApi | null>(null);

/** The import flow, or null outside <ImportProvider> (the controls then stay hidden). */
export function useImport(): ImportApi | null {
  return useContext(ImportContext);
}

export function ImportProvider({
  client,
  children,
}: {
  client: ImportClient;
  children: ReactNode;
}) {
  const api = useImportFlow(client);
  const { state } = api;
  return (
    <ImportContext.Provider value={api}>
      {children}
      {state.step === 'reading' && (
        <ImportProgress fileName={state.fileName} onCancel={api.cancel} />
      )}
      {(state.step === 'review' || state.step === 'finishing') && (
        <ImportDialog
          key={state.preview.readId}
          fileName={state.fileName}
          preview={state.preview}
          busy={state.step === 'finishing'}
          message={state.message}
          onConfirm={api.confirm}
          onCancel={api.cancel}
        />
      )}
      {state.step === 'idle' && state.message && (
        <ImportStatus message={state.message} onDismiss={api.dismiss} />
      )}
    </ImportContext.Provider>
  );
}
