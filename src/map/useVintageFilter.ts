// The GPU filter range of the as-of view the user chose, for the dataset on screen: undefined for
// today's view (nothing filtered), else one range object per view, so deck.gl sees a new uniform
// only when the view changes.
import { useMemo } from 'react';
import type { LoadedDataset } from '../data';
import { vintageKey, type VintageSettings } from '../domain/vintage/asOf';
import { vintageFilterRange, type VintageFilterRange } from '../domain/vintage/vintageFilter';
import { vintageYearSpan } from '../domain/vintage/vintageYearSpan';

export function useVintageFilter(
  dataset: LoadedDataset | null,
  vintage: VintageSettings,
): VintageFilterRange | undefined {
  const latest = useMemo(
    () => (dataset ? vintageYearSpan(dataset.atlas)?.latest : undefined),
    [dataset],
  );
  const key = vintageKey(vintage);
  return useMemo(
    () => (vintage.asOf.kind === 'all' ? undefined : vintageFilterRange(vintage, latest ?? 0)),
    // The key stands for the settings: a new object with the same view keeps the same range.
    [key, latest],
  );
}
