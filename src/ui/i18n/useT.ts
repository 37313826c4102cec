// The current language's strings, as a function `t(key)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { MESSAGES, type MessageKey } from './messages';

export function useT(): (key: MessageKey) => string {
  const lang = useAppStore((state) => state.lang);
  return useCallback((key: MessageKey) => MESSAGES[key][lang], [lang]);
}
