// fast-check arbitraries of modifications on the frozen test atlas: adds (fresh or clashing ids),
// edits (known or unknown ids, fields set or removed), removals and moves of points.
import fc from 'fast-check';
import type { Atlas, LonLat } from '../atlas';
import type { Modification } from '../scenario/modification';
import { testAtlas } from './constraintAtlas';
import { deepFreeze } from './deepFreeze';

export const frozenAtlas: Atlas = deepFreeze(structuredClone(testAtlas));

const position: fc.Arbitrary<LonLat> = fc.tuple(
  fc.double({ min: -10, max: 30, noNaN: true }),
  fc.double({ min: -5, max: 5, noNaN: true }),
);
const siteId = fc.constantFrom('D1', 'D2', 'D3', 'X1', 'X2', 'ghost');
const capacity = fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null });

const addSite = fc
  .record({ id: siteId, position, capacityMw: fc.double({ min: 0, max: 5000, noNaN: true }) })
  .map(({ id, position: p, capacityMw }): Modification => ({
    kind: 'add',
    layerId: 'datacentres',
    record: {
      id,
      name: `Site ${id}`,
      source: 'Scenario: test',
      approx: true,
      proposed: true,
      position: p,
      kind: 'hyperscale_campus',
      status: 'planned',
      capacityMw,
    },
  }));
const editSite = fc
  .record({ id: siteId, capacityMw: capacity, name: fc.constantFrom('Alpha', '新名', 'x y') })
  .map(({ id, capacityMw, name }): Modification => ({
    kind: 'edit',
    layerId: 'datacentres',
    id,
    changes: { capacityMw, name, proposed: true },
  }));
const removeAny = fc
  .record({
    layerId: fc.constantFrom('datacentres', 'power_lines', 'fibre_routes', 'hubs') as fc.Arbitrary<
      'datacentres' | 'power_lines' | 'fibre_routes' | 'hubs'
    >,
    id: fc.constantFrom('D1', 'D2', 'L1', 'F1', 'HE', 'X1', 'ghost'),
  })
  .map(({ layerId, id }): Modification => ({ kind: 'remove', layerId, id }));
const moveSite = fc.record({ id: siteId, position }).map(({ id, position: p }): Modification => ({
  kind: 'move',
  layerId: 'datacentres',
  id,
  position: p,
}));

export const modificationArbitrary: fc.Arbitrary<Modification> = fc.oneof(
  addSite,
  editSite,
  removeAny,
  moveSite,
);
