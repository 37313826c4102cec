// The site finder's settings and a way to change part of them (the rest kept). Undefined while the
// site finder is off.
import { useCallback } from 'react';
import type { SiteSettings } from '../../domain/sites/siteSettings';
import { useAppStore } from '../../state/AppStoreContext';

export function useSiteSettings(): [SiteSettings | null, (patch: Partial<SiteSettings>) => void] {
  const settings = useAppStore((state) => state.siteFinder);
  const setSiteFinder = useAppStore((state) => state.setSiteFinder);
  const update = useCallback(
    (patch: Partial<SiteSettings>) => {
      if (settings) setSiteFinder({ ...settings, ...patch });
    },
    [settings, setSiteFinder],
  );
  return [settings, update];
}
