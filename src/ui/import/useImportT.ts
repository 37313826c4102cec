// The current language's "Add data" strings, as `t(key, params?)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { fillMessage } from '../i18n/fillMessage';
import { IMPORT_MESSAGES, type ImportMessageKey } from './importMessages';

export function useImportT() {
  const lang = useAppStore((state) => state.lang);
  return useCallback(
    (key: ImportMessageKey, params?: Readonly<Record<string, string | number>>) =>
      fillMessage(IMPORT_MESSAGES[key][lang], params),
    [lang],
  );
}
