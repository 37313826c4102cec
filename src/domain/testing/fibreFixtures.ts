// Tiny frozen builders for network tests: fibre routes and hubs from bare coordinates.
import type { FibreRoute, Hub, LonLat } from '../atlas';

export function route(id: string, ...paths: (readonly LonLat[])[]): FibreRoute {
  const fibre: FibreRoute = {
    id,
    name: id,
    source: 'test',
    approx: true,
    kind: 'backbone',
    geometry: {
      type: 'MultiLineString',
      coordinates: paths.map((path) => path.map((p) => [...p])),
    },
  };
  return Object.freeze(fibre);
}

export function hub(id: string, position: LonLat, role: Hub['role'] = 'east_demand'): Hub {
  return Object.freeze({
    id,
    name: id,
    source: 'test',
    approx: true,
    position,
    type: 'hub',
    role,
    regionIds: [],
  });
}
