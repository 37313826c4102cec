// The Sites tab's strings in the current language, as a function `t(key)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { SITES_MESSAGES, type SitesMessageKey } from './sitesMessages';

export function useSitesT(): (key: SitesMessageKey) => string {
  const lang = useAppStore((state) => state.lang);
  return useCallback((key: SitesMessageKey) => SITES_MESSAGES[key][lang], [lang]);
}
