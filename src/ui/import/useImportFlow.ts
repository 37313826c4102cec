// Runs one import at a time against the import worker: size check before reading, read, review,
// finish, then `addLayer`. A newer file or a cancel makes every older step's answer void; nothing in
// the store changes until the user confirms and records come back.
import { useCallback, useMemo, useRef, useState } from 'react';
import { DEFAULT_MAX_BYTES } from '../../data/validate/checkSize';
import type { LayerId } from '../../domain/layerFamilies';
import type { ColumnMapping } from '../../data/importers/suggestMapping';
import { useAppStoreApi } from '../../state/AppStoreContext';
import type { ImportClient } from './importClientTypes';
import {
  CANCELLED,
  finishMessage,
  nextAddedLayerId,
  readRefusal,
  sizeRefusal,
  workerFailure,
  type ImportFlowState,
} from './importFlow';

export interface ImportChoice {
  readonly layerId: LayerId;
  readonly mapping: ColumnMapping;
  readonly name: string;
  readonly licence: string;
  readonly attribution: string;
}

export interface ImportApi {
  readonly state: ImportFlowState;
  addFile(file: File): void;
  confirm(choice: ImportChoice): void;
  cancel(): void;
  dismiss(): void;
}

export function useImportFlow(client: ImportClient, maxBytes = DEFAULT_MAX_BYTES): ImportApi {
  const store = useAppStoreApi();
  const [state, setState] = useState<ImportFlowState>({ step: 'idle' });
  const token = useRef(0);
  const current = useRef(state);
  const set = useCallback((next: ImportFlowState) => {
    current.current = next;
    setState(next);
  }, []);

  const addFile = useCallback(
    async (file: File) => {
      const mine = ++token.current;
      const refusal = sizeRefusal(file.name, file.size, maxBytes);
      if (refusal) {
        client.cancel();
        return set({ step: 'idle', message: refusal });
      }
      set({ step: 'reading', fileName: file.name });
      const text = await file.text().catch(() => undefined);
      if (mine !== token.current) return;
      if (text === undefined)
        return set({ step: 'idle', message: workerFailure(file.name, 'unreadable file') });
      const outcome = await client.read(file.name, text);
      if (mine !== token.current) return;
      if (outcome.kind === 'cancelled') return set({ step: 'idle', message: CANCELLED });
      if (outcome.kind === 'error') {
        return set({ step: 'idle', message: workerFailure(file.name, outcome.message) });
      }
      const refused = readRefusal(file.name, outcome.value);
      if (refused) return set({ step: 'idle', message: refused });
      set({ step: 'review', fileName: file.name, preview: outcome.value });
    },
    [client, maxBytes, set],
  );

  const confirm = useCallback(
    async (choice: ImportChoice) => {
      const review = current.current;
      if (review.step !== 'review') return;
      const mine = ++token.current;
      set({ ...review, step: 'finishing', message: undefined });
      const { readId } = review.preview;
      const source = choice.attribution.trim() || choice.name;
      const outcome = await client.finish({
        readId,
        layerId: choice.layerId,
        mapping: choice.mapping,
        source,
      });
      if (mine !== token.current) return;
      if (outcome.kind === 'cancelled') return set({ step: 'idle', message: CANCELLED });
      if (outcome.kind === 'error') {
        return set({ step: 'idle', message: workerFailure(review.fileName, outcome.message) });
      }
      const message = finishMessage(review.fileName, outcome.value);
      if (outcome.value.records.length === 0) return set({ ...review, message });
      const { addLayer, addedLayers } = store.getState();
      addLayer({
        id: nextAddedLayerId(addedLayers),
        layerId: outcome.value.layerId,
        name: choice.name.trim() || review.fileName,
        licence: choice.licence.trim(),
        attribution: choice.attribution.trim(),
        records: outcome.value.records,
      });
      client.cancel();
      set({ step: 'idle', message });
    },
    [client, set, store],
  );

  const cancel = useCallback(() => {
    token.current += 1;
    client.cancel();
    set({ step: 'idle', message: CANCELLED });
  }, [client, set]);

  const dismiss = useCallback(() => set({ step: 'idle' }), [set]);

  return useMemo(
    () => ({
      state,
      addFile: (file: File) => void addFile(file),
      confirm: (choice: ImportChoice) => void confirm(choice),
      cancel,
      dismiss,
    }),
    [state, addFile, confirm, cancel, dismiss],
  );
}
