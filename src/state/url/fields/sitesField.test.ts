import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, applySitePreset } from '../../../domain/sites/sitePresets';
import { decodeState } from '../decodeState';
import { encodeState } from '../encodeState';
import { DEFAULT_SHAREABLE_STATE } from '../shareableState';
import { sitesField } from './sitesField';

const decode = (sf: string) => decodeState(`#v=2&sf=${sf}`);

describe('the site-finder key', () => {
  it('is left out of a link while the site finder is off', () => {
    expect(encodeState(DEFAULT_SHAREABLE_STATE)).not.toContain('sf=');
  });

  it('writes the default preset compactly and reads it back', () => {
    const text = sitesField.format(DEFAULT_SITE_SETTINGS);
    expect(text).toBe(
      'e;5;90;100;;latency:0.15,uhv:0.1,low_carbon:0.2,solar:0.05,backbone:0.1,hub_zone:0.3,power_balance:0.1;latency:20,hub_zone:1',
    );
    const { state, notices } = decode(text!);
    expect(notices).toEqual([]);
    expect(state.siteFinder).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it('reads a negative weight on a two-way criterion as a penalty, and a selected cell', () => {
    const { state } = decode('i;6;95;150;r;dc_nearby:-0.4,latency:0.6;latency:8;85309a2bfffffff');
    expect(state.siteFinder).toMatchObject({
      preset: 'inference',
      resolution: 6,
      percentile: 95,
      generationRadiusKm: 150,
      robustOnly: true,
      penalties: ['dc_nearby'],
      masks: [{ id: 'latency', threshold: 8 }],
      selectedCell: '85309a2bfffffff',
    });
    expect(state.siteFinder?.weights).toMatchObject({ dc_nearby: 0.4, latency: 0.6, uhv: 0 });
  });

  it('reads the province a finer grid covers, after an empty cell, and drops a malformed one', () => {
    const base = 'i;6;95;150;;latency:1;';
    expect(decode(`${base};;CN-GZ`).state.siteFinder).toMatchObject({
      resolution: 6,
      area: 'CN-GZ',
    });
    const text = sitesField.format({ ...DEFAULT_SITE_SETTINGS, resolution: 6, area: 'CN-GZ' });
    expect(text).toMatch(/;;CN-GZ$/);
    const bad = decode(`${base};;${encodeURIComponent('<b>')}`);
    expect(bad.state.siteFinder?.area).toBeUndefined();
    expect(bad.notices.map((n) => n.key)).toContain('sf');
  });

  it('drops unknown criteria and penalties on one-way criteria with a notice, keeping the rest', () => {
    const { state, notices } = decode('t;5;90;100;;warp:1,latency:-0.5,uhv:0.3;teleport:3');
    expect(notices.map((n) => n.code)).toContain('dropped');
    expect(state.siteFinder?.weights).toMatchObject({ uhv: 0.3, latency: 0.5 });
    expect(state.siteFinder?.penalties).toEqual([]);
    expect(state.siteFinder?.masks).toEqual([]);
  });

  it('clamps absurd weights, thresholds, percentiles, radii and resolutions with a notice', () => {
    const { state, notices } = decode('t;9;1000;-5;;uhv:1e9,latency:0.2;latency:99999');
    expect(notices.map((n) => n.code)).toContain('clamped');
    expect(state.siteFinder).toMatchObject({
      resolution: 6,
      percentile: 99,
      generationRadiusKm: 25,
      masks: [{ id: 'latency', threshold: 40 }],
    });
    expect(state.siteFinder?.weights.uhv).toBe(1);
  });

  it('opens the default view when the key is not understood at all', () => {
    const { state, notices } = decode('zz;five');
    expect(state.siteFinder).toBeNull();
    expect(notices.map((n) => n.code)).toEqual(['malformed']);
  });

  it('keeps the preset a user started from when the weights were edited', () => {
    const edited = {
      ...applySitePreset('ai_training'),
      weights: { ...applySitePreset('ai_training').weights, population: 0.5 },
    };
    expect(decode(sitesField.format(edited)!).state.siteFinder).toEqual(edited);
  });
});
