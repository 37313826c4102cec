import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';
import {
  BULK_LAYER_IDS,
  isJudgedLayer,
  isLayerId,
  JUDGED_LAYER_IDS,
  LAYER_FAMILIES,
  LAYER_IDS,
  layerFamily,
  SEARCHED_LAYER_IDS,
  SITE_LAYER_IDS,
} from './layerFamilies';

describe('layer families', () => {
  it('lists the families in draw order, areas first and hubs on top', () => {
    expect(LAYER_IDS[0]).toBe('regions');
    expect(LAYER_IDS.at(-1)).toBe('hubs');
    expect(new Set(LAYER_IDS).size).toBe(LAYER_IDS.length);
  });

  it('gives every family a label in both languages and a unique two-letter URL code', () => {
    const codes = LAYER_IDS.map((id) => layerFamily(id).urlCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]{2}$/);
    for (const id of LAYER_IDS)
      for (const lang of LANGS) expect(layerFamily(id).label[lang].trim()).not.toBe('');
  });

  it('derives the judged families, their sites, the searched and the bulk ones from the rows', () => {
    expect(JUDGED_LAYER_IDS).toEqual(LAYER_IDS.filter((id) => layerFamily(id).judged));
    expect(SITE_LAYER_IDS.every((id) => isJudgedLayer(id))).toBe(true);
    expect(SITE_LAYER_IDS.every((id) => LAYER_FAMILIES[id].geometry === 'point')).toBe(true);
    const ranks = SEARCHED_LAYER_IDS.map((id) => layerFamily(id).searchRank!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(SEARCHED_LAYER_IDS[0]).toBe('regions');
    expect(BULK_LAYER_IDS.every((id) => layerFamily(id).bulk)).toBe(true);
    expect(BULK_LAYER_IDS).not.toContain('regions');
  });

  it('recognises layer ids and nothing else, inherited keys included', () => {
    expect(isLayerId('hubs')).toBe(true);
    expect(isLayerId('toString')).toBe(false);
    expect(isLayerId(undefined)).toBe(false);
  });
});
