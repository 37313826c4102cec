// Playing through the years: while on, the next year every `stepMs` until the latest, then off.
import { useEffect, useState } from 'react';
import type { YearSpan } from '../../domain/vintage/asOf';
import { nextPlayYear } from './yearControlModel';

/** Milliseconds each year stays on screen while playing. */
export const PLAY_STEP_MS = 1200;

export function useYearPlayback(
  year: number,
  span: YearSpan | undefined,
  showYear: (year: number) => void,
  stepMs = PLAY_STEP_MS,
) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing || !span) return;
    const timer = setTimeout(() => {
      const next = nextPlayYear(year, span);
      if (next === undefined) setPlaying(false);
      else showYear(next);
    }, stepMs);
    return () => clearTimeout(timer);
  }, [playing, year, span, showYear, stepMs]);
  return [playing, setPlaying] as const;
}
