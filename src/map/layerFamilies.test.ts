import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../domain/layerFamilies';
import { LABELLED_LAYER_IDS, MAP_FAMILIES, VALUE_LABELS } from './layerFamilies';

describe('map layer families', () => {
  it('has one map module per layer family and no other', () => {
    expect(Object.keys(MAP_FAMILIES)).toEqual([...LAYER_IDS]);
  });

  it('names the values of enumerated fields from every family that has them', () => {
    expect(VALUE_LABELS.fuel?.coal?.zh).toBe('煤电');
    expect(VALUE_LABELS.kind?.backbone?.en).toBe('Backbone fibre');
    expect(VALUE_LABELS.kind?.intelligent_computing_centre?.zh).toBe('智算中心');
  });

  it('labels provinces and hubs by name', () => {
    expect(LABELLED_LAYER_IDS).toEqual(['regions', 'hubs']);
  });
});
