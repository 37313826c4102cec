import { describe, expect, it } from 'vitest';
import { parseCoordinateCsv } from './parseCoordinateCsv';

const OPTIONS = { maxBytes: 1_000_000 };

describe('parseCoordinateCsv', () => {
  it('turns rows into points with other columns as properties, numbers where the column is numeric', () => {
    const csv = 'id,name,lat,lon,capacity_mw,code\na,Park A,30.5,114.3,12.5,007\nb,Park B,31,121,,x1\n';
    const { featureCollection, report, columns } = parseCoordinateCsv(csv, OPTIONS);
    expect(columns).toEqual({ lat: 'lat', lon: 'lon' });
    expect(report.warnings[0]).toContain('"lat"');
    expect(featureCollection.features.map((f) => f.properties)).toEqual([
      { id: 'a', name: 'Park A', capacity_mw: 12.5, code: '007' },
      { id: 'b', name: 'Park B', code: 'x1' },
    ]);
    expect(featureCollection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [114.3, 30.5] });
  });

  it('uses the columns the user chose over the detected ones', () => {
    const csv = 'lat,lon,north,east\n1,2,30,110\n';
    const { featureCollection } = parseCoordinateCsv(csv, { ...OPTIONS, latColumn: 'north', lonColumn: 'east' });
    expect(featureCollection.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [110, 30] });
  });

  it('copes with quoted cells holding commas and line breaks', () => {
    const csv = 'name,lat,lon\n"Park, ""A""\nnorth",30,110\n';
    const { featureCollection } = parseCoordinateCsv(csv, OPTIONS);
    expect(featureCollection.features[0]?.properties?.name).toBe('Park, "A"\nnorth');
  });
});
