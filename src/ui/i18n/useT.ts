// The current language's strings, as a function `t(key)` of a message key or of any bilingual
// label (a layer family's, an indicator's).
import { useCallback } from 'react';
import type { Bilingual } from '../../domain/lang';
import { useAppStore } from '../../state/AppStoreContext';
import { MESSAGES, type MessageKey } from './messages';

export function useT(): (key: MessageKey | Bilingual) => string {
  const lang = useAppStore((state) => state.lang);
  return useCallback(
    (key: MessageKey | Bilingual) => (typeof key === 'string' ? MESSAGES[key] : key)[lang],
    [lang],
  );
}
