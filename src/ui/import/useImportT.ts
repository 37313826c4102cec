// The current language's "Add data" strings, as `t(key, params?)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { fill, IMPORT_MESSAGES, type ImportMessageKey } from './importMessages';

export function useImportT() {
  const lang = useAppStore((state) => state.lang);
  return useCallback(
    (key: ImportMessageKey, params?: Readonly<Record<string, string | number>>) =>
      fill(IMPORT_MESSAGES[key][lang], params),
    [lang],
  );
}
