import { describe, expect, it } from 'vitest';
import type { ReadAnswer } from './importClientTypes';
import {
  finishMessage,
  layerChoices,
  nextAddedLayerId,
  readRefusal,
  sizeRefusal,
} from './importFlow';

const preview = (over: Partial<ReadAnswer> = {}): ReadAnswer => ({
  readId: 1,
  format: 'geojson',
  featureCount: 3,
  report: { kept: 3, fixed: [], dropped: [], noted: [], warnings: [] },
  suggestedLayer: 'datacentres',
  columns: [],
  mapping: {},
  licence: '',
  attribution: '',
  ...over,
});

describe('sizeRefusal', () => {
  it('refuses a file over the limit in both languages, naming the file and both sizes', () => {
    const message = sizeRefusal('huge.geojson', 60 * 1024 * 1024, 50 * 1024 * 1024);
    expect(message?.tone).toBe('error');
    expect(message?.text.en).toContain('huge.geojson');
    expect(message?.text.en).toContain('60.0 MB');
    expect(message?.text.en).toContain('50.0 MB');
    expect(message?.text.zh).toContain('超过上限');
  });

  it('lets a file within the limit through', () => {
    expect(sizeRefusal('a.csv', 10, 10)).toBeUndefined();
  });
});

describe('readRefusal', () => {
  it('gives the fatal reason of the report in each language', () => {
    const message = readRefusal(
      'x.json',
      preview({
        featureCount: 0,
        report: { ...preview().report, kept: 0, fatalReason: 'topojson', fatal: 'TopoJSON' },
      }),
    );
    expect(message?.text.en).toContain('TopoJSON');
    expect(message?.text.zh).toContain('TopoJSON');
    expect(message?.text.zh).toContain('已加载的数据未受影响');
  });

  it('says no feature was found when every feature was dropped', () => {
    expect(readRefusal('x.json', preview({ featureCount: 0 }))?.text.en).toContain(
      'No usable feature',
    );
  });

  it('accepts a file with features', () => {
    expect(readRefusal('x.json', preview())).toBeUndefined();
  });
});

describe('finishMessage', () => {
  it('counts what was added and what did not fit', () => {
    const result = { layerId: 'datacentres' as const, records: [], droppedCount: 0, issues: [] };
    const records = new Array(4).fill({}) as never[];
    expect(finishMessage('f.csv', { ...result, records }).text.en).toBe(
      'Added 4 features from “f.csv”.',
    );
    expect(finishMessage('f.csv', { ...result, records, droppedCount: 2 }).text.en).toContain(
      '2 did not fit',
    );
  });

  it('is an error naming the layer when nothing fits it', () => {
    const message = finishMessage('f.csv', {
      layerId: 'power_lines',
      records: [],
      droppedCount: 5,
      issues: [],
    });
    expect(message.tone).toBe('error');
    expect(message.text.en).toContain('UHV power lines');
    expect(message.text.zh).toContain('特高压线路');
  });
});

describe('nextAddedLayerId', () => {
  it('numbers past the highest current id, whatever the order of the list', () => {
    expect(nextAddedLayerId([])).toBe('added-1');
    expect(nextAddedLayerId([{ id: 'added-3' }, { id: 'added-1' }])).toBe('added-4');
  });
});

describe('layerChoices', () => {
  it('puts the suggested layer first and keeps every other', () => {
    expect(layerChoices(['regions', 'hubs', 'datacentres'], 'datacentres')).toEqual([
      'datacentres',
      'regions',
      'hubs',
    ]);
  });
});
