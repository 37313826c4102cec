import { describe, expect, it } from 'vitest';
import type { Atlas } from '../domain/atlas';
import { latencyAt } from '../domain/network/latencyColumn';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import type { Scenario } from '../domain/scenario/modification';
import { proposedDataCentre, proposedFibreLink } from '../domain/scenario/proposedFeatures';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';
import { testAtlas } from '../domain/testing/constraintAtlas';
import { createComputeEngine } from './computeEngine';
import type { ScenarioRequest, WorkerResponse } from './protocol';

/** The test atlas with a fibre fragment around D3 that does not reach the demand hub. */
const atlas: Atlas = {
  ...testAtlas,
  fibre_routes: [
    ...testAtlas.fibre_routes,
    {
      id: 'F2',
      name: 'Island ring',
      source: 'test',
      approx: true,
      kind: 'backbone',
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [19.5, 0],
            [20.5, 0],
          ],
        ],
      },
    },
  ],
};

const scenario = (id: string, modifications: Scenario['modifications']): Scenario => ({
  id,
  name: id,
  datasetId: 'test',
  modifications,
});

function engine() {
  const created = createComputeEngine();
  created.setBase(atlas);
  created.handle({ type: 'init', id: 1 });
  return created;
}

function analyse(
  created: ReturnType<typeof createComputeEngine>,
  scenarios?: ScenarioRequest,
): Extract<WorkerResponse, { type: 'analysis' }> {
  const response = created.handle({
    type: 'analyse',
    id: 2,
    weights: DEFAULT_WEIGHTS,
    constraints: [],
    latency: DEFAULT_LATENCY_SETTINGS,
    scenarios,
  });
  if (response.type !== 'analysis') throw new Error(JSON.stringify(response));
  return response;
}

const d3Latency = (answer: Extract<WorkerResponse, { type: 'analysis' }>) =>
  latencyAt(answer.analysis.latency!.datacentres, 2);

describe('scenarios in the compute engine', () => {
  it('makes an unreachable place reachable with a fibre link, and compares with the baseline', () => {
    const created = engine();
    expect(d3Latency(analyse(created))).toMatchObject({ status: 'unreachable', reason: 'no_path' });
    const link = proposedFibreLink({
      id: 'P-F1',
      name: 'Link',
      scenarioName: 'link',
      ends: [
        [5, 0],
        [19.5, 0],
      ],
    });
    const linked = scenario('s-link', [link]);
    const answer = analyse(created, { active: linked, compared: [linked] });
    expect(answer.scenarioId).toBe('s-link');
    expect(d3Latency(answer)).toMatchObject({ status: 'fibre' });
    const { baseline, scenarios } = answer.comparison!;
    expect(scenarios[0]!.analysis.unreachable.sites).toBe(baseline.unreachable.sites - 1);
  });

  it('answers the baseline again, with its per-site parts, once the scenario is closed', () => {
    const created = engine();
    const site = proposedDataCentre({
      id: 'P1',
      name: 'New',
      scenarioName: 's',
      position: [0.2, 0.2],
      capacityMw: 1000,
    });
    const withSite = analyse(created, { active: scenario('s1', [site]), compared: [] });
    expect(withSite.analysis.constraints!.datacentres).toHaveLength(4);
    expect(withSite.comparison).toBeUndefined();
    const back = analyse(created);
    expect(back.scenarioId).toBeUndefined();
    expect(back.analysis.constraints!.datacentres).toHaveLength(3);
  });

  it('reuses a scenario’s evaluation for the same modifications under another name', () => {
    const created = engine();
    const site = proposedDataCentre({
      id: 'P1',
      name: 'New',
      scenarioName: 's',
      position: [0.2, 0.2],
      capacityMw: 1000,
    });
    const first = analyse(created, { compared: [scenario('a', [site])] });
    expect(first.comparison!.scenarios[0]!.evaluateMs).toBeGreaterThan(0);
    const again = analyse(created, { compared: [scenario('b', [site])] });
    expect(again.comparison!.scenarios[0]).toMatchObject({ id: 'b', evaluateMs: 0 });
  });
});
