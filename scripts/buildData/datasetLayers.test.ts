import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/domain/layerFamilies';
import { DATASET_LAYER_IDS } from './datasetLayers';

describe('DATASET_LAYER_IDS', () => {
  it('holds every layer of the app once, in the app’s order', () => {
    expect(DATASET_LAYER_IDS.filter((id) => (LAYER_IDS as readonly string[]).includes(id))).toEqual(
      [...LAYER_IDS],
    );
    expect(new Set(DATASET_LAYER_IDS).size).toBe(DATASET_LAYER_IDS.length);
  });

  it('draws wind farms just below the power plants', () => {
    const at = DATASET_LAYER_IDS.indexOf('wind_farms');
    expect(at).toBeGreaterThan(-1);
    expect(DATASET_LAYER_IDS.slice(at + 1)).toContain('power_plants');
  });
});
