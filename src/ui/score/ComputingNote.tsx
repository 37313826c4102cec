// What a score view shows until the worker's first analysis arrives.
import { useScoreT } from './useScoreT';

export function ComputingNote() {
  const t = useScoreT();
  return (
    <p className="score-computing" role="status" aria-live="polite">
      {t('computing')}
    </p>
  );
}
