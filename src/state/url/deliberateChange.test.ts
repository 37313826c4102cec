import { describe, expect, it } from 'vitest';
import { POLICY_PRESETS } from '../../domain/constraints/policyPresets';
import { deliberateChange } from './deliberateChange';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS, type ShareableState } from './shareableState';

const GZ = { layerId: 'regions', id: 'CN-GZ' } as const;
const withPatch = (patch: Partial<ShareableState>) => ({ ...DEFAULTS, ...patch });

describe('deliberateChange', () => {
  it('counts selecting, reselecting and clearing a feature as deliberate', () => {
    expect(deliberateChange(DEFAULTS, withPatch({ selection: GZ }))).toBe(true);
    expect(
      deliberateChange(
        withPatch({ selection: GZ }),
        withPatch({ selection: { ...GZ, id: 'CN-NM' } }),
      ),
    ).toBe(true);
    expect(deliberateChange(withPatch({ selection: GZ }), DEFAULTS)).toBe(true);
  });

  it('does not count a new but equal selection object', () => {
    expect(
      deliberateChange(withPatch({ selection: GZ }), withPatch({ selection: { ...GZ } })),
    ).toBe(false);
  });

  it('counts a change of the compared regions or of the dataset as deliberate', () => {
    expect(deliberateChange(DEFAULTS, withPatch({ compareRegionIds: ['CN-GZ'] }))).toBe(true);
    expect(
      deliberateChange(
        withPatch({ compareRegionIds: ['CN-GZ', 'CN-NM'] }),
        withPatch({ compareRegionIds: ['CN-NM', 'CN-GZ'] }),
      ),
    ).toBe(true);
    expect(deliberateChange(DEFAULTS, withPatch({ datasetUrl: 'data/other' }))).toBe(true);
  });

  it('counts adding or removing a constraint, and applying a preset, as deliberate', () => {
    const green = POLICY_PRESETS.greenPower80Pct.constraints;
    const pue = POLICY_PRESETS.hubClusterPue.constraints;
    expect(deliberateChange(DEFAULTS, withPatch({ constraints: green }))).toBe(true);
    expect(deliberateChange(withPatch({ constraints: green }), DEFAULTS)).toBe(true);
    const loose = pue.map((c) => ({ ...c, maxPue: 1.5 }));
    expect(
      deliberateChange(withPatch({ constraints: loose }), withPatch({ constraints: pue })),
    ).toBe(true);
  });

  it('does not count moving one threshold', () => {
    const [east, west] = POLICY_PRESETS.hubClusterPue.constraints;
    if (!east || !west) throw new Error('the PUE preset has two constraints');
    const moved = [{ ...east, maxPue: 1.3 }, west];
    expect(
      deliberateChange(withPatch({ constraints: [east, west] }), withPatch({ constraints: moved })),
    ).toBe(false);
  });

  it('does not count camera moves, toggles, weights or latency settings', () => {
    const changes: Partial<ShareableState>[] = [
      { camera: { ...DEFAULTS.camera, zoom: 8 } },
      { theme: 'dark' },
      { lang: 'en' },
      { visibleLayers: ['regions'] },
      { weights: { ...DEFAULTS.weights, mode: 'manual' } },
      { latency: { ...DEFAULTS.latency, routeFactor: 2 } },
    ];
    for (const patch of changes) expect(deliberateChange(DEFAULTS, withPatch(patch))).toBe(false);
  });

  it('counts entering or leaving the as-of views and choosing the compared year, not moving the year', () => {
    const at = (year: number) => ({
      vintage: { asOf: { kind: 'year' as const, year }, includeUnknownYear: true },
    });
    expect(deliberateChange(DEFAULTS, withPatch(at(2018)))).toBe(true);
    expect(deliberateChange(withPatch(at(2018)), withPatch(at(2019)))).toBe(false);
    expect(deliberateChange(DEFAULTS, withPatch({ compareYear: 2016 }))).toBe(true);
    const goalposts = { scoreScale: { normalisation: 'goalposts' as const, goalposts: {} } };
    expect(deliberateChange(DEFAULTS, withPatch(goalposts))).toBe(false);
  });
});
