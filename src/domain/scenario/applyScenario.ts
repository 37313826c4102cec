// A scenario applied to a baseline atlas: its modifications in order, each on the result of the
// ones before. Pure; the baseline is never mutated, and untouched layers and records are shared.
import type { Atlas } from '../atlas';
import { applyModification } from './applyModification';
import type { Modification, Scenario } from './modification';

export interface ScenarioResult {
  readonly atlas: Atlas;
  /** The modifications that did not fit (e.g. the feature they name is gone), in order. */
  readonly skipped: readonly Modification[];
}

/** The scenario's atlas and the modifications it had to skip. */
export function applyScenarioReport(
  base: Atlas,
  scenario: Pick<Scenario, 'modifications'>,
): ScenarioResult {
  let atlas = base;
  const skipped: Modification[] = [];
  for (const modification of scenario.modifications) {
    const result = applyModification(atlas, modification);
    atlas = result.atlas;
    if (!result.applied) skipped.push(modification);
  }
  return { atlas, skipped };
}

/** The atlas of `scenario` on top of `base` (modifications that do not fit are skipped). */
export function applyScenario(base: Atlas, scenario: Pick<Scenario, 'modifications'>): Atlas {
  return applyScenarioReport(base, scenario).atlas;
}
