// The dataset the map, panels and search show: the loaded dataset with the user's added layers and,
// when a scenario is active, its modifications applied (feature counts follow).
import type { LoadedDataset } from '../../data';
import type { AtlasRecord } from '../../domain/atlas';
import { applyScenario } from '../../domain/scenario/applyScenario';
import type { Scenario } from '../../domain/scenario/modification';

export function displayedDataset(
  merged: LoadedDataset,
  scenario: Scenario | undefined,
): LoadedDataset {
  if (!scenario || scenario.modifications.length === 0) return merged;
  const atlas = applyScenario(merged.atlas, scenario);
  const layers = merged.layers.map((status) => {
    const records: readonly AtlasRecord[] = atlas[status.layerId];
    return records === merged.atlas[status.layerId]
      ? status
      : { ...status, state: 'loaded' as const, featureCount: records.length };
  });
  return { ...merged, atlas, layers };
}
