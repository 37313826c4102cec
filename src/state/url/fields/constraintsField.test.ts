import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../../domain/constraints/constraint';
import { POLICY_PRESET_IDS, POLICY_PRESETS } from '../../../domain/constraints/policyPresets';
import { decodeState } from '../decodeState';
import { encodeState } from '../encodeState';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS } from '../shareableState';
import { MAX_CONSTRAINTS } from './constraintsField';

const decodeK = (k: string, context = {}) => {
  const { state, notices } = decodeState(`#k=${k}`, context);
  return { constraints: state.constraints, codes: notices.map((n) => n.code) };
};
const roundTrip = (constraints: readonly Constraint[]) =>
  decodeState(encodeState({ ...DEFAULTS, constraints })).state.constraints;

describe('the constraints key', () => {
  it('carries every policy preset exactly', () => {
    for (const id of POLICY_PRESET_IDS) {
      const { constraints } = POLICY_PRESETS[id];
      expect(roundTrip(constraints)).toEqual(constraints);
    }
  });

  it('reads the preset of all hub policies from short readable text', () => {
    const hash = encodeState({
      ...DEFAULTS,
      constraints: POLICY_PRESETS.allHubPolicies.constraints,
    });
    expect(hash).toContain('k=lat:20:o:1.5:0;pue:1.25:east_demand;pue:1.2:west_supply;nf:0.8');
  });

  it('clamps thresholds to their ranges, with a notice', () => {
    const { constraints, codes } = decodeK('nf:1.7;pue:0.5:any;lat:900:r:0.2:0;cap:-5');
    expect(constraints).toEqual([
      { kind: 'minNonFossilShare', minShare: 1 },
      { kind: 'maxPue', maxPue: 1, hubRole: 'any' },
      {
        kind: 'maxLatency',
        maxLatencyMs: 200,
        latency: { mode: 'round_trip', routeFactor: 1, perHopOverheadMs: 0 },
      },
      { kind: 'minCapacity', minCapacityMw: 0 },
    ]);
    expect(codes).toEqual(['clamped']);
  });

  it('drops unknown kinds and broken items one by one, keeping the rest', () => {
    const { constraints, codes } = decodeK(
      'zz:1;nf:0.5;pue:abc:any;hc:nowhere;ep:NaN;ss:2:extra;ep:0.6',
    );
    expect(constraints).toEqual([
      { kind: 'minNonFossilShare', minShare: 0.5 },
      { kind: 'maxElectricityPrice', maxPriceCnyPerKwh: 0.6 },
    ]);
    expect(codes).toEqual(['dropped']);
  });

  it('drops unknown members of a set, and the constraint when none is left', () => {
    expect(decodeK('st:operating,flying')).toEqual({
      constraints: [{ kind: 'statusIn', statuses: ['operating'] }],
      codes: ['dropped'],
    });
    expect(decodeK('st:flying;bb:50:').constraints).toEqual([]);
  });

  it('keeps operator names with separators and CJK, trims them, refuses markup', () => {
    const names = ['China Telecom', 'a:b;c,d&e', '中国移动'];
    expect(roundTrip([{ kind: 'operatorIn', operators: names }])).toEqual([
      { kind: 'operatorIn', operators: names },
    ]);
    expect(roundTrip([{ kind: 'operatorIn', operators: ['  GDS ', ' '] }])).toEqual([
      { kind: 'operatorIn', operators: ['GDS'] },
    ]);
    expect(decodeK('op:%3Cscript%3E').constraints).toEqual([]);
  });

  it('keeps at most MAX_CONSTRAINTS constraints', () => {
    const { constraints, codes } = decodeK(
      Array.from({ length: 30 }, (_, i) => `cap:${i}`).join(';'),
    );
    expect(constraints).toHaveLength(MAX_CONSTRAINTS);
    expect(constraints.at(-1)).toEqual({ kind: 'minCapacity', minCapacityMw: MAX_CONSTRAINTS - 1 });
    expect(codes).toEqual(['clamped']);
  });

  it('checks the demand hubs of a latency constraint against the dataset', () => {
    const context = { knownHubIds: new Set(['HUB-JJJ']) };
    const { constraints, codes } = decodeK('lat:5:o:1.5:0:HUB-JJJ,HUB-XX', context);
    expect(constraints).toEqual([
      {
        kind: 'maxLatency',
        maxLatencyMs: 5,
        latency: {
          mode: 'one_way',
          routeFactor: 1.5,
          perHopOverheadMs: 0,
          demandHubIds: ['HUB-JJJ'],
        },
      },
    ]);
    expect(codes).toEqual(['dropped']);
  });

  it('tells an empty list of demand hubs from the default one', () => {
    const [withNone] = decodeK('lat:5:o:1.5:0:').constraints;
    const [withDefault] = decodeK('lat:5:o:1.5:0').constraints;
    expect(withNone).toMatchObject({ latency: { demandHubIds: [] } });
    expect(withDefault).toEqual({
      kind: 'maxLatency',
      maxLatencyMs: 5,
      latency: { mode: 'one_way', routeFactor: 1.5, perHopOverheadMs: 0 },
    });
  });
});
