import { describe, expect, it } from 'vitest';
import { detectCoordinateColumns } from './detectCoordinateColumns';

describe('detectCoordinateColumns', () => {
  it.each([
    [['name', 'lat', 'lon'], { lat: 'lat', lon: 'lon' }],
    [['Name', 'Latitude (WGS84)', 'LONGITUDE'], { lat: 'Latitude (WGS84)', lon: 'LONGITUDE' }],
    [['名称', '纬度', '经度'], { lat: '纬度', lon: '经度' }],
    [['id', 'Lat', 'Lng'], { lat: 'Lat', lon: 'Lng' }],
    [['x', 'y', 'long', 'lat'], { lat: 'lat', lon: 'long' }],
    [['x', 'y'], { lat: 'y', lon: 'x' }],
  ])('finds the coordinate columns of %j', (header, expected) => {
    expect(detectCoordinateColumns(header)).toEqual(expected);
  });

  it('finds nothing when a coordinate column is missing', () => {
    expect(detectCoordinateColumns(['name', 'latitude', 'capacity'])).toBeUndefined();
  });
});
