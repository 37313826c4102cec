// The year control's strings in the current language, as a function `t(key, values?)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { fillMessage } from '../i18n/fillMessage';
import { VINTAGE_MESSAGES, type VintageMessageKey } from './vintageMessages';

export function useVintageT() {
  const lang = useAppStore((state) => state.lang);
  return useCallback(
    (key: VintageMessageKey, values: Readonly<Record<string, string | number>> = {}) =>
      fillMessage(VINTAGE_MESSAGES[key][lang], values),
    [lang],
  );
}
