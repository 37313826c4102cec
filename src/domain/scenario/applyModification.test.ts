import { describe, expect, it } from 'vitest';
import { frozenAtlas } from '../testing/scenarioArbitrary';
import { applyModification } from './applyModification';
import { applyScenarioReport } from './applyScenario';
import { invertModification } from './invertModification';
import { proposedDataCentre } from './proposedFeatures';

const site = proposedDataCentre({
  id: 'P1',
  name: 'New campus',
  scenarioName: 'test',
  position: [0.2, 0.1],
  capacityMw: 1000,
});

describe('applyModification', () => {
  it('adds a proposed feature after the layer’s own records', () => {
    const { atlas, applied } = applyModification(frozenAtlas, site);
    expect(applied).toBe(true);
    expect(atlas.datacentres.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'P1']);
    expect(atlas.datacentres[3]).toMatchObject({ proposed: true, capacityMw: 1000 });
  });

  it('edits fields, and removes a field set to null', () => {
    const { atlas } = applyModification(frozenAtlas, {
      kind: 'edit',
      layerId: 'datacentres',
      id: 'D1',
      changes: { capacityMw: 2000, designPue: null, proposed: true },
    });
    expect(atlas.datacentres[0]).toMatchObject({ id: 'D1', capacityMw: 2000, proposed: true });
    expect('designPue' in atlas.datacentres[0]!).toBe(false);
  });

  it('moves a point and marks it proposed', () => {
    const { atlas } = applyModification(frozenAtlas, {
      kind: 'move',
      layerId: 'datacentres',
      id: 'D3',
      position: [1, 0],
    });
    expect(atlas.datacentres[2]).toMatchObject({ position: [1, 0], proposed: true });
  });

  it('skips an edit of an unknown id and an add whose id is taken, changing nothing', () => {
    const unknown = applyModification(frozenAtlas, { kind: 'remove', layerId: 'hubs', id: 'nope' });
    expect(unknown).toEqual({ atlas: frozenAtlas, applied: false });
    const clash = applyModification(frozenAtlas, { ...site, record: { ...site.record, id: 'D1' } });
    expect(clash.applied).toBe(false);
    const report = applyScenarioReport(frozenAtlas, {
      modifications: [site, { kind: 'remove', layerId: 'hubs', id: 'nope' }],
    });
    expect(report.skipped).toEqual([{ kind: 'remove', layerId: 'hubs', id: 'nope' }]);
  });

  it('undoes a removal by putting the record back at its index', () => {
    const removal = { kind: 'remove', layerId: 'datacentres', id: 'D2' } as const;
    const inverse = invertModification(frozenAtlas, removal);
    expect(inverse).toEqual({
      kind: 'add',
      layerId: 'datacentres',
      record: frozenAtlas.datacentres[1],
      at: 1,
    });
    const removed = applyModification(frozenAtlas, removal).atlas;
    expect(applyModification(removed, inverse!).atlas).toStrictEqual(frozenAtlas);
  });
});
