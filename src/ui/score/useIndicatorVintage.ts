// The year of each indicator's figures for the loaded dataset, as a lookup (see indicatorVintage).
import { useMemo } from 'react';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { useAppStore } from '../../state/AppStoreContext';
import { indicatorVintage } from './indicatorVintage';

export function useIndicatorVintage(): (id: IndicatorId) => string | undefined {
  const manifest = useAppStore((state) => state.dataset?.manifest);
  return useMemo(() => {
    const cache = new Map<IndicatorId, string | undefined>();
    return (id: IndicatorId) => {
      if (!manifest) return undefined;
      if (!cache.has(id)) cache.set(id, indicatorVintage(indicatorDef(id).source, manifest));
      return cache.get(id);
    };
  }, [manifest]);
}
