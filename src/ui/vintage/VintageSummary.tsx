// One line under the year control saying which layout the map, scores and ranking show, and how
// many features the worker's as-of view holds (from the last analysis).
import { useAppStore } from '../../state/AppStoreContext';
import { useVintageT } from './useVintageT';
import { whenText } from './whenText';

export function VintageSummary() {
  const t = useVintageT();
  const asOf = useAppStore((state) => state.vintage.asOf);
  const counts = useAppStore((state) => state.analysis?.vintage?.presentCounts);
  const when = whenText(asOf, t);
  return (
    <p className="vintage-summary" aria-live="polite">
      {t('scoresFollow', { when })}
      {asOf.kind !== 'all' && counts && (
        <>
          {' '}
          <span data-testid="vintage-counts">
            {t('shownCounts', {
              dc: counts.datacentres ?? 0,
              pl: counts.power_lines ?? 0,
              wf: (counts.wind_farms ?? 0).toLocaleString(),
            })}
          </span>
        </>
      )}
    </p>
  );
}
