// The records a user proposes: a data centre, a power plant, a UHV line or a fibre link, each with
// a fresh id, `proposed: true` and the scenario named as its source. Lines run along the great
// circle between their two ends.
import type {
  Atlas,
  DataCentre,
  FibreKind,
  FibreRoute,
  Fuel,
  LonLat,
  PowerLine,
  PowerPlant,
} from '../atlas';
import { greatCirclePath } from '../geo/greatCirclePath';
import { haversineKm } from '../geo/haversineKm';
import type { LayerId } from '../layerFamilies';
import type { AddFeature } from './modification';

/** Positions per drawn line, as the default dataset's schematic arcs. */
const LINE_POINTS = 24;

/** An id of the form `<prefix>-<n>` that no record of the layer holds yet (n from 1). */
export function freshId(atlas: Atlas, layerId: LayerId, prefix: string): string {
  const taken = new Set(atlas[layerId].map((record) => record.id));
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

interface Common {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  /** The scenario's name, kept as the feature's source. */
  readonly scenarioName: string;
  readonly year?: number;
}

const commonOf = (c: Common) => ({
  id: c.id,
  name: c.name,
  ...(c.nameZh ? { nameZh: c.nameZh } : {}),
  source: `Scenario: ${c.scenarioName}`,
  approx: true,
  proposed: true as const,
});

/** A proposed data centre at `position`; capacity in MW, PUE dimensionless (≥ 1). */
export function proposedDataCentre(
  c: Common & {
    readonly position: LonLat;
    readonly capacityMw: number;
    readonly racks?: number;
    readonly designPue?: number;
  },
): AddFeature<'datacentres'> {
  const record: DataCentre = {
    ...commonOf(c),
    position: c.position,
    kind: 'hyperscale_campus',
    status: 'planned',
    capacityMw: c.capacityMw,
    ...(c.racks !== undefined ? { racks: c.racks } : {}),
    ...(c.designPue !== undefined ? { designPue: c.designPue } : {}),
    ...(c.year !== undefined ? { yearOpened: c.year } : {}),
  };
  return { kind: 'add', layerId: 'datacentres', record };
}

/** A proposed power plant at `position`; capacity in MW. */
export function proposedPowerPlant(
  c: Common & { readonly position: LonLat; readonly fuel: Fuel; readonly capacityMw: number },
): AddFeature<'power_plants'> {
  const record: PowerPlant = {
    ...commonOf(c),
    position: c.position,
    fuel: c.fuel,
    capacityMw: c.capacityMw,
    status: 'planned',
    ...(c.year !== undefined ? { year: c.year } : {}),
  };
  return { kind: 'add', layerId: 'power_plants', record };
}

/** A proposed UHV line between two ends; voltage in kV (DC: pole voltage), capacity in GW. */
export function proposedPowerLine(
  c: Common & {
    readonly ends: readonly [LonLat, LonLat];
    readonly voltageKv: number;
    readonly capacityGw: number;
    readonly current: 'AC' | 'DC';
  },
): AddFeature<'power_lines'> {
  const [from, to] = c.ends;
  const record: PowerLine = {
    ...commonOf(c),
    geometry: { type: 'MultiLineString', coordinates: [pathOf(from, to)] },
    current: c.current,
    voltageKv: c.voltageKv,
    capacityGw: c.capacityGw,
    status: 'planned',
    lengthKm: Math.round(haversineKm(from, to)),
    ...(c.year !== undefined ? { year: c.year } : {}),
  };
  return { kind: 'add', layerId: 'power_lines', record };
}

/** A proposed fibre link between two places. */
export function proposedFibreLink(
  c: Common & { readonly ends: readonly [LonLat, LonLat]; readonly kind?: FibreKind },
): AddFeature<'fibre_routes'> {
  const [from, to] = c.ends;
  const record: FibreRoute = {
    ...commonOf(c),
    geometry: { type: 'MultiLineString', coordinates: [pathOf(from, to)] },
    kind: c.kind ?? 'backbone',
    ...(c.year !== undefined ? { year: c.year } : {}),
  };
  return { kind: 'add', layerId: 'fibre_routes', record };
}

function pathOf(from: LonLat, to: LonLat): number[][] {
  return greatCirclePath(from, to, LINE_POINTS).map(([lon, lat]) => [lon, lat]);
}
