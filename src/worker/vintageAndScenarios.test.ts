import { describe, expect, it } from 'vitest';
import type { Constraint } from '../domain/constraints/constraint';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import type { Scenario } from '../domain/scenario/modification';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';
import { vintageAtlas } from '../domain/testing/vintageAtlas';
import { DEFAULT_SCORE_SCALE } from '../domain/vintage/scoreScale';
import { createComputeEngine } from './computeEngine';

const OPERATING: Constraint = { kind: 'statusIn', statuses: ['operating'] };
const RETIRE_D1: Scenario = {
  id: 's1',
  name: 'Without D1',
  datasetId: 'test',
  modifications: [{ kind: 'remove', layerId: 'datacentres', id: 'D1' }],
};

function engine() {
  const e = createComputeEngine();
  e.setBase(vintageAtlas);
  e.handle({ type: 'init', id: 1 });
  let id = 2;
  return (extra: { year?: number; scenario?: Scenario } = {}) => {
    const response = e.handle({
      type: 'analyse',
      id: id++,
      weights: DEFAULT_WEIGHTS,
      constraints: [OPERATING],
      latency: DEFAULT_LATENCY_SETTINGS,
      scenarios: { ...(extra.scenario ? { active: extra.scenario } : {}), compared: [] },
      ...(extra.year === undefined
        ? {}
        : {
            vintage: {
              settings: { asOf: { kind: 'year', year: extra.year }, includeUnknownYear: true },
              scale: DEFAULT_SCORE_SCALE,
            },
          }),
    });
    if (response.type !== 'analysis') throw new Error(JSON.stringify(response));
    return response;
  };
}

describe('as-of views beside scenarios in one engine', () => {
  it('answers a year for its layout, not the active scenario, and names no scenario then', () => {
    const analyse = engine();
    const scenario = analyse({ scenario: RETIRE_D1 });
    expect(scenario.scenarioId).toBe('s1');
    const past = analyse({ year: 2018, scenario: RETIRE_D1 });
    expect(past.scenarioId).toBeUndefined();
    expect(past.analysis.vintage?.presentCounts.datacentres).toBe(3);
  });

  it('sends the per-site parts again whenever the answer switches between a view and the baseline', () => {
    const analyse = engine();
    expect(analyse().analysis.constraints).toBeDefined();
    expect(analyse().analysis.constraints).toBeUndefined();
    expect(analyse({ year: 2018 }).analysis.constraints).toBeDefined();
    expect(analyse({ year: 2018 }).analysis.constraints).toBeUndefined();
    expect(analyse().analysis.constraints).toBeDefined();
    expect(analyse({ year: 2018 }).analysis.constraints).toBeDefined();
  });
});
