// Whether the map should still hold back a newly loaded dataset's layers: until its first analysis
// arrives (so the first frame already has the choropleth and nothing is drawn twice — a frame
// with 100k sites costs seconds where WebGL runs in software), or at most FIRST_ANALYSIS_WAIT_MS.
import { useEffect, useState } from 'react';
import type { LoadedDataset } from '../data';
import type { Analysis } from '../domain/analysis';

/** The longest the map waits for the first scores before drawing the dataset without them. */
export const FIRST_ANALYSIS_WAIT_MS = 1_500;

export function useAwaitFirstAnalysis(
  dataset: LoadedDataset | null,
  analysis: Analysis | null,
): boolean {
  const [timedOut, setTimedOut] = useState<LoadedDataset | null>(null);
  useEffect(() => {
    if (!dataset) return;
    const timer = setTimeout(() => setTimedOut(dataset), FIRST_ANALYSIS_WAIT_MS);
    return () => clearTimeout(timer);
  }, [dataset]);
  return dataset !== null && analysis === null && timedOut !== dataset;
}
