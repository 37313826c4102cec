// The map's region fill for the current metric, recomputed only when the analysis, the metric or
// the theme changes; undefined until the first analysis arrives.
import { useMemo } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { regionFillColours, type RegionFill } from './regionFillColours';

export function useRegionFillColours(): RegionFill | undefined {
  const analysis = useAppStore((state) => state.analysis);
  const metric = useAppStore((state) => state.metric);
  const theme = useAppStore((state) => state.theme);
  return useMemo(() => {
    if (!analysis) return undefined;
    const fill = regionFillColours(analysis, metric);
    return { colours: fill.colours, key: `${fill.key}:${theme}` };
  }, [analysis, metric, theme]);
}
