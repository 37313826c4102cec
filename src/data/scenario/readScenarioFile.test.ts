import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../domain/atlas';
import { applyModification } from '../../domain/scenario/applyModification';
import { applyScenario } from '../../domain/scenario/applyScenario';
import type { Modification, Scenario } from '../../domain/scenario/modification';
import { proposedDataCentre, proposedPowerLine } from '../../domain/scenario/proposedFeatures';
import { frozenAtlas, modificationArbitrary } from '../../domain/testing/scenarioArbitrary';
import { readScenarioFile } from './readScenarioFile';
import { toScenarioFile } from './scenarioFile';

const context = { datasetId: 'test', atlas: frozenAtlas };
const scenarioOf = (modifications: Modification[]): Scenario => ({
  id: 's-test',
  name: 'Test',
  datasetId: 'test',
  modifications,
});
const site = (id: string, position: LonLat, capacityMw = 1000) =>
  proposedDataCentre({ id, name: id, scenarioName: 'Test', position, capacityMw });

/** Positions folded into region R1 (−1…1 × −1…1), where every proposal is covered. */
const inR1 = ([lon, lat]: LonLat): LonLat => [((Math.abs(lon) * 7) % 1.8) - 0.9 || 0, lat / 6 || 0];
const covered = (m: Modification): Modification =>
  m.kind === 'add' && 'position' in m.record
    ? ({ ...m, record: { ...m.record, position: inR1(m.record.position) } } as Modification)
    : m.kind === 'move'
      ? { ...m, position: inR1(m.position) }
      : m;

describe('readScenarioFile', () => {
  it('reads back what toScenarioFile wrote: the same scenario atlas', () => {
    fc.assert(
      fc.property(fc.array(modificationArbitrary.map(covered), { maxLength: 8 }), (drawn) => {
        // Only modifications that apply (an add of a taken id would be renamed, not skipped).
        let atlas = frozenAtlas;
        const mods = drawn.filter((m) => {
          const result = applyModification(atlas, m);
          atlas = result.atlas;
          return result.applied;
        });
        const file = JSON.parse(JSON.stringify(toScenarioFile(scenarioOf(mods))));
        const { scenario, report } = readScenarioFile(file, context);
        expect(report.fatal).toBeUndefined();
        expect(applyScenario(frozenAtlas, scenario!)).toEqual(
          applyScenario(frozenAtlas, scenarioOf(mods)),
        );
      }),
    );
  });

  it('explains and leaves out a negative capacity, an end outside the dataset and an unknown id, and keeps the rest', () => {
    const line = proposedPowerLine({
      id: 'P-L',
      name: 'Far line',
      scenarioName: 'Test',
      ends: [
        [0, 0],
        [60, 40],
      ],
      voltageKv: 800,
      capacityGw: 8,
      current: 'DC',
    });
    const file = toScenarioFile(
      scenarioOf([
        site('P1', [0.5, 0.5]),
        site('P2', [0.2, 0.2], -5),
        line,
        { kind: 'remove', layerId: 'power_plants', id: 'no-such-plant' },
      ]),
    );
    const { scenario, report } = readScenarioFile(JSON.parse(JSON.stringify(file)), context);
    expect(scenario!.modifications).toHaveLength(1);
    expect(report.dropped.map((entry) => entry.reason).sort()).toEqual([
      'negative_value',
      'outside_coverage',
      'unknown_feature_id',
    ]);
    expect(report.kept).toBe(1);
  });

  it('renames an added feature whose id the dataset already uses', () => {
    const { scenario, report } = readScenarioFile(
      toScenarioFile(scenarioOf([site('D1', [0.5, 0.5])])),
      context,
    );
    expect(scenario!.modifications[0]).toMatchObject({ record: { id: 'D1-2', proposed: true } });
    expect(report.fixed.map((entry) => entry.reason)).toEqual(['duplicate_id_renamed']);
  });

  it('keeps hostile text inert and strips prototype keys', () => {
    const file = JSON.parse(JSON.stringify(toScenarioFile(scenarioOf([site('P1', [0.5, 0.5])]))));
    const properties = file.modifications[0].feature.properties;
    properties.name = '<img src=x onerror=alert(1)>';
    Object.defineProperty(properties, '__proto__', { value: { polluted: true }, enumerable: true });
    const { scenario, report } = readScenarioFile(file, context);
    expect(scenario!.modifications[0]).toMatchObject({ record: { name: '<img src=x onerror=alert(1)>' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.noted.map((entry) => entry.reason)).toContain('html_in_property');
  });

  it('refuses a wrong version, another dataset and a file that is no scenario, saying why', () => {
    const good = toScenarioFile(scenarioOf([]));
    expect(readScenarioFile({ ...good, version: 9 }, context).report.fatalReason).toBe(
      'unsupported_scenario_version',
    );
    expect(readScenarioFile({ ...good, dataset: 'mars' }, context).report.fatal).toContain('mars');
    expect(readScenarioFile({ type: 'FeatureCollection' }, context).report.fatalReason).toBe(
      'not_a_scenario',
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(() => readScenarioFile(json, context)).not.toThrow();
        const shaped = { ...toScenarioFile(scenarioOf([])), modifications: [json, json] };
        expect(() => readScenarioFile(shaped, context)).not.toThrow();
      }),
    );
  });
});
