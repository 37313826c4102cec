import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Atlas, AtlasRecord } from '../atlas';
import { LAYER_IDS } from '../layerFamilies';
import { frozenAtlas, modificationArbitrary } from '../testing/scenarioArbitrary';
import { applyModification } from './applyModification';
import { applyScenario } from './applyScenario';
import { invertModification } from './invertModification';
import { targetId, type Modification } from './modification';

const byId = (atlas: Atlas) =>
  Object.fromEntries(
    LAYER_IDS.map((layer) => [
      layer,
      [...(atlas[layer] as readonly AtlasRecord[])].sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  );

describe('applying a scenario (properties)', () => {
  it('never mutates the baseline, whatever the modifications (the fixture is deep-frozen)', () => {
    fc.assert(
      fc.property(fc.array(modificationArbitrary, { maxLength: 12 }), (modifications) => {
        const before = structuredClone(frozenAtlas);
        applyScenario(frozenAtlas, { modifications });
        expect(frozenAtlas).toEqual(before);
      }),
    );
  });

  it('gives the baseline back when each modification is followed, in reverse, by its inverse', () => {
    fc.assert(
      fc.property(fc.array(modificationArbitrary, { maxLength: 12 }), (modifications) => {
        let atlas = frozenAtlas;
        const inverses: Modification[] = [];
        for (const modification of modifications) {
          const inverse = invertModification(atlas, modification);
          if (inverse) inverses.unshift(inverse);
          atlas = applyModification(atlas, modification).atlas;
        }
        expect(applyScenario(atlas, { modifications: inverses })).toStrictEqual(frozenAtlas);
      }),
    );
  });

  it('lets modifications of different features commute (the same records, by id)', () => {
    fc.assert(
      fc.property(modificationArbitrary, modificationArbitrary, (first, second) => {
        fc.pre(first.layerId !== second.layerId || targetId(first) !== targetId(second));
        const ab = applyScenario(frozenAtlas, { modifications: [first, second] });
        const ba = applyScenario(frozenAtlas, { modifications: [second, first] });
        expect(byId(ab)).toEqual(byId(ba));
      }),
    );
  });

  it('shares every layer it does not touch with the baseline', () => {
    fc.assert(
      fc.property(modificationArbitrary, (modification) => {
        const atlas = applyScenario(frozenAtlas, { modifications: [modification] });
        for (const layer of LAYER_IDS) {
          if (layer !== modification.layerId) expect(atlas[layer]).toBe(frozenAtlas[layer]);
        }
      }),
    );
  });
});
