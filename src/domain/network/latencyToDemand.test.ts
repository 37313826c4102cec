import { describe, expect, it } from 'vitest';
import type { LonLat } from '../atlas';
import { haversineKm } from '../geo/haversineKm';
import { buildFibreGraph } from './buildFibreGraph';
import { DEFAULT_LATENCY_SETTINGS, type LatencySettings } from './latencySettings';
import { latencyToDemand } from './latencyToDemand';
import { hub, route } from '../testing/fibreFixtures';

const exact: LatencySettings = { mode: 'one_way', routeFactor: 1, perHopOverheadMs: 0 };
const msPerKm = 0.0049;
const snap = { snapToleranceKm: 1 };
const target = (position: LonLat) => ({ id: 't', position });
const km = (...path: LonLat[]) =>
  path.slice(1).reduce((sum, p, i) => sum + haversineKm(path[i]!, p), 0);

describe('latencyToDemand', () => {
  const straight = buildFibreGraph(
    [
      route('a', [
        [0, 0],
        [1, 0],
        [2, 0],
      ]),
    ],
    snap,
  );
  const hubs = [hub('H', [0, 0])];

  it('takes 4.9 µs per km one way along a straight path', () => {
    const [result] = latencyToDemand(straight, hubs, [target([2, 0])], exact);
    expect(result).toMatchObject({ status: 'fibre', hubId: 'H', estimate: false });
    expect(result!.latencyMs).toBeCloseTo(km([0, 0], [2, 0]) * msPerKm, 9);
  });

  it('doubles every figure for a round trip and scales with the route factor', () => {
    const oneWay = latencyToDemand(straight, hubs, [target([2, 0.5])], exact)[0]!.latencyMs!;
    const roundTrip = latencyToDemand(straight, hubs, [target([2, 0.5])], {
      ...exact,
      mode: 'round_trip',
    });
    const factored = latencyToDemand(straight, hubs, [target([2, 0.5])], {
      ...exact,
      routeFactor: 1.5,
    });
    expect(roundTrip[0]!.latencyMs).toBeCloseTo(2 * oneWay, 9);
    expect(factored[0]!.latencyMs).toBeCloseTo(1.5 * oneWay, 9);
  });

  it('adds the access legs from the target and the hub to their nearest graph nodes', () => {
    const [result] = latencyToDemand(straight, [hub('H', [0, -0.5])], [target([2, 0.5])], exact);
    expect(result!.latencyMs).toBeCloseTo(km([0, -0.5], [0, 0], [2, 0], [2, 0.5]) * msPerKm, 9);
  });

  it('enters the graph at a nearly-as-near node when the nearest one leads nowhere', () => {
    const graph = buildFibreGraph(
      [
        route('home', [
          [0, 0],
          [1, 0],
        ]),
        route('dead end', [
          [1.2, 0.1],
          [10, 0],
        ]),
      ],
      snap,
    );
    const [result] = latencyToDemand(graph, hubs, [target([1.11, 0.05])], exact);
    expect(result!.latencyMs).toBeCloseTo(km([0, 0], [1, 0], [1.11, 0.05]) * msPerKm, 9);
  });

  it('prefers a detour through a junction over a longer direct route', () => {
    const graph = buildFibreGraph(
      [
        route('direct', [
          [0, 0],
          [2, 3],
          [4, 0],
        ]),
        route('leg1', [
          [0, 0],
          [2, 1],
        ]),
        route('leg2', [
          [2, 1],
          [4, 0],
        ]),
      ],
      snap,
    );
    const [result] = latencyToDemand(graph, hubs, [target([4, 0])], exact);
    expect(result!.latencyMs).toBeCloseTo(km([0, 0], [2, 1], [4, 0]) * msPerKm, 9);
  });

  it('labels a target on a disconnected part unreachable, with no latency, never 0', () => {
    const graph = buildFibreGraph(
      [
        route('a', [
          [0, 0],
          [1, 0],
        ]),
        route('island', [
          [10, 0],
          [11, 0],
        ]),
      ],
      snap,
    );
    const [result] = latencyToDemand(graph, hubs, [target([11, 0])], exact);
    expect(result).toEqual({
      status: 'unreachable',
      latencyMs: undefined,
      hubId: undefined,
      estimate: false,
      reason: 'no_path',
    });
  });

  it('joins routes whose ends lie within the snap tolerance', () => {
    const routes = [
      route('a', [
        [0, 0],
        [1, 0],
      ]),
      route('b', [
        [1.004, 0],
        [2, 0],
      ]),
    ];
    const joined = latencyToDemand(
      buildFibreGraph(routes, { snapToleranceKm: 1 }),
      hubs,
      [target([2, 0])],
      exact,
    );
    const apart = latencyToDemand(
      buildFibreGraph(routes, { snapToleranceKm: 0.1 }),
      hubs,
      [target([2, 0])],
      exact,
    );
    expect(joined[0]!.status).toBe('fibre');
    expect(apart[0]!.status).toBe('unreachable');
  });

  it('is unchanged by duplicate and zero-length edges', () => {
    const clean = latencyToDemand(straight, hubs, [target([2, 0])], exact)[0]!.latencyMs!;
    const messy = buildFibreGraph(
      [
        route('a', [
          [0, 0],
          [1, 0],
          [1, 0],
          [2, 0],
        ]),
        route('dup', [
          [2, 0],
          [1, 0],
        ]),
      ],
      snap,
    );
    expect(latencyToDemand(messy, hubs, [target([2, 0])], exact)[0]!.latencyMs).toBeCloseTo(
      clean,
      9,
    );
  });

  it('adds the per-hop overhead at each junction or route end the path reaches', () => {
    // 0–1–2 with a spur at 1: node 1 (junction) and node 2 (route end) are hops.
    const graph = buildFibreGraph(
      [
        route('a', [
          [0, 0],
          [1, 0],
          [2, 0],
        ]),
        route('spur', [
          [1, 0],
          [1, 1],
        ]),
      ],
      snap,
    );
    const base = latencyToDemand(graph, hubs, [target([2, 0])], exact)[0]!.latencyMs!;
    const withHops = latencyToDemand(graph, hubs, [target([2, 0])], {
      ...exact,
      perHopOverheadMs: 0.25,
    });
    expect(withHops[0]!.latencyMs).toBeCloseTo(base + 2 * 0.25, 9);
  });

  it('falls back to great-circle × route factor to the nearest demand hub without fibre, labelled an estimate', () => {
    const empty = buildFibreGraph([], snap);
    const twoHubs = [hub('far', [10, 0]), hub('near', [3, 0])];
    const [result] = latencyToDemand(empty, twoHubs, [target([2, 0])], DEFAULT_LATENCY_SETTINGS);
    expect(result).toMatchObject({ status: 'estimate', hubId: 'near', estimate: true });
    expect(result!.latencyMs).toBeCloseTo(km([2, 0], [3, 0]) * 1.5 * msPerKm, 9);
  });

  it('counts only the selected demand hubs and says so when none is selected', () => {
    const both = [hub('H', [0, 0]), hub('W', [2, 0], 'west_supply')];
    expect(latencyToDemand(straight, both, [target([2, 0])], exact)[0]!.hubId).toBe('H');
    expect(
      latencyToDemand(straight, both, [target([2, 0])], { ...exact, demandHubIds: ['W'] })[0]!
        .latencyMs,
    ).toBe(0);
    expect(
      latencyToDemand(straight, both, [target([2, 0])], { ...exact, demandHubIds: [] })[0],
    ).toMatchObject({
      status: 'unreachable',
      reason: 'no_demand_hub',
    });
  });
});
