import { describe, expect, it } from 'vitest';
import { exportFileName } from './downloadBlob';

describe('exportFileName', () => {
  it('names the export, the dataset and the day', () => {
    expect(exportFileName('map', 'china', new Date('2026-11-27T10:00:00Z'), 'png')).toBe(
      'compute-atlas-map-china-2026-11-27.png',
    );
  });

  it('keeps only safe characters from a dataset id', () => {
    expect(exportFileName('passing', '../x y/', new Date('2026-01-02T00:00:00Z'), 'geojson')).toBe(
      'compute-atlas-passing-x-y-2026-01-02.geojson',
    );
    expect(exportFileName('scores', '', new Date('2026-01-02T00:00:00Z'), 'csv')).toBe(
      'compute-atlas-scores-dataset-2026-01-02.csv',
    );
  });
});
