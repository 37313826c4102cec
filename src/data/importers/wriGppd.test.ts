import { describe, expect, it } from 'vitest';
import { wriGppd } from './wriGppd';

const GPPD = Object.freeze([
  'country,name,gppd_idnr,capacity_mw,latitude,longitude,primary_fuel,commissioning_year,source,url',
  'CHN,Plant A,WRI1,600.0,30.1,110.2,Coal,2004.42,GCPT,http://a',
  'CHN,Plant B,WRI2,50,31,111,Wave and Tidal,,X,',
  'CHN,Plant C,WRI3,20,,111,Solar,,X,',
  'CHN,Plant D,WRI4,20,31,111,Moonlight,,X,',
]).join('\n');

const RAW = [
  'Power Plant ID,Name,Fuel,Capacity (MW),Commissioning Date,Operational Status,Latitude,Longitude,Source,URL',
  '1000452,Three Gorges Dam,Hydro,22500,2003,Operational,30.8235,111.0032,CTG,http://ctg',
  '1070834,Fangchenggang Coal,Coal,660,2014-2017,Shutdown,21.59,108.39,CLP,',
].join('\n');

describe('the WRI GPPD importer', () => {
  it('recognises the GPPD output, the raw WRI China file and not a generic table', () => {
    expect(wriGppd.detect(GPPD.split('\n')[0]?.split(','))).toBe(true);
    expect(wriGppd.detect(RAW.split('\n')[0]?.split(','))).toBe(true);
    expect(wriGppd.detect(['name', 'lat', 'lon', 'capacity_mw'])).toBe(false);
    expect(wriGppd.detect({ type: 'FeatureCollection' })).toBe(false);
  });

  it('maps GPPD columns to power_plants properties', () => {
    const { featureCollection, report, licence } = wriGppd.import(GPPD);
    expect(licence).toBe('CC BY 4.0');
    expect(featureCollection.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [110.2, 30.1] },
      properties: {
        id: 'WRI1',
        name: 'Plant A',
        fuel: 'coal',
        capacity_mw: 600,
        status: 'unknown',
        year: 2004,
        source: 'WRI Global Power Plant Database; GCPT; http://a',
        approx: false,
      },
    });
    expect(featureCollection.features[1]?.properties).toMatchObject({ fuel: 'other', notes: 'WRI fuel: Wave and Tidal' });
    expect(report.dropped).toEqual([
      { reason: 'missing_coordinate', count: 1, examples: ['row 4 (id WRI3): no latitude/longitude'] },
    ]);
    expect(report.fixed).toContainEqual(expect.objectContaining({ reason: 'unmapped_value', count: 1 }));
  });

  it('prefixes raw WRI ids, maps statuses and takes the first year of a range', () => {
    const [dam, coal] = wriGppd.import(RAW).featureCollection.features;
    expect(dam?.properties).toMatchObject({ id: 'WRI1000452', fuel: 'hydro', capacity_mw: 22500, status: 'operating' });
    expect(coal?.properties).toMatchObject({ status: 'retired', year: 2014 });
  });

  it('refuses an oversize file before reading it', () => {
    expect(wriGppd.import(GPPD, { maxBytes: 100 }).report.fatalReason).toBe('file_too_large');
  });
});
