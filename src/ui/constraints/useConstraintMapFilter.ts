// The map's view of the constraints: failing regions dimmed, failing sites faded, from the
// worker's latest evaluation; nothing while no constraint is set or nothing is computed yet.
import { useMemo } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { constraintMapFilter, type ConstraintMapFilter } from './constraintMapFilter';

export type { ConstraintMapFilter } from './constraintMapFilter';

export function useConstraintMapFilter(): ConstraintMapFilter | undefined {
  const evaluation = useAppStore((state) => state.analysis?.constraints);
  const hasConstraints = useAppStore((state) => state.constraints.length > 0);
  return useMemo(
    () => (evaluation && hasConstraints ? constraintMapFilter(evaluation, 1) : undefined),
    [evaluation, hasConstraints],
  );
}
