import { describe, expect, it } from 'vitest';
import type { Constraint } from '../domain/constraints/constraint';
import { createConstraintContext } from '../domain/constraints/createConstraintContext';
import { evaluateConstraints } from '../domain/constraints/evaluateConstraints';
import { latencyAt } from '../domain/network/latencyColumn';
import { DEFAULT_LATENCY_SETTINGS } from '../domain/network/latencySettings';
import { aggregateIndicators, withLatency } from '../domain/score/aggregateIndicators';
import { INDICATOR_REGISTRY } from '../domain/score/indicatorRegistry';
import { scoreRegions } from '../domain/score/scoreRegions';
import { DEFAULT_WEIGHTS } from '../domain/score/weightsConfig';
import { vintageAtlas } from '../domain/testing/vintageAtlas';
import type { VintageSettings } from '../domain/vintage/asOf';
import { atlasAsOf } from '../domain/vintage/atlasAsOf';
import { DEFAULT_SCORE_SCALE, type ScoreScale } from '../domain/vintage/scoreScale';
import { createComputeEngine } from './computeEngine';
import type { VintageRequest } from '../domain/vintage/vintageAnalysis';

const PUE: Constraint = { kind: 'statusIn', statuses: ['operating'] };
const year = (y: number, includeUnknownYear = true): VintageSettings => ({
  asOf: { kind: 'year', year: y },
  includeUnknownYear,
});

function engineWith() {
  const engine = createComputeEngine();
  engine.setBase(vintageAtlas);
  engine.handle({ type: 'init', id: 1 });
  let id = 2;
  return (
    vintage?: Partial<VintageRequest> & { settings: VintageSettings },
    constraints = [PUE],
  ) => {
    const response = engine.handle({
      type: 'analyse',
      id: id++,
      weights: DEFAULT_WEIGHTS,
      constraints,
      latency: DEFAULT_LATENCY_SETTINGS,
      vintage: vintage && { scale: DEFAULT_SCORE_SCALE, ...vintage },
    });
    if (response.type !== 'analysis') throw new Error(JSON.stringify(response));
    return response.analysis;
  };
}

const column = (raw: { indicatorIds: readonly string[] }, id: string) =>
  raw.indicatorIds.indexOf(id);

describe('as-of analyses in the engine', () => {
  it('scores the layout of the year: only what was in service counts', () => {
    const analyse = engineWith();
    const at2018 = analyse({ settings: year(2018) });
    const at2024 = analyse({ settings: year(2024) });
    const dc = column(at2018.raw, 'dc_count');
    expect(at2018.raw.values.map((row) => row[dc])).toEqual([2, 1]);
    expect(at2024.raw.values.map((row) => row[dc])).toEqual([2, 1]);
    const wind = column(at2018.raw, 'low_carbon_capacity_gw');
    expect(at2018.vintage?.presentCounts.wind_farms).toBe(2);
    expect(at2018.raw.values[0]![wind]).toBeUndefined(); // hydro and nuclear statistics absent
    expect(at2024.vintage?.presentCounts.datacentres).toBe(3);
  });

  it('answers exactly what a fresh pipeline on the filtered atlas answers', () => {
    const analyse = engineWith();
    analyse({ settings: year(2016) });
    const answer = analyse({ settings: year(2019) });
    const view = atlasAsOf(vintageAtlas, year(2019), 2024);
    const context = createConstraintContext(view.atlas, { latencyAtlas: vintageAtlas });
    const latency = context.latency(DEFAULT_LATENCY_SETTINGS);
    const regionLatency = new Map(
      [...latency.regions].map(([id, r]) => [id, r.latencyMs] as const),
    );
    const raw = withLatency(
      aggregateIndicators(view.atlas, INDICATOR_REGISTRY),
      INDICATOR_REGISTRY,
      regionLatency,
    );
    expect(answer.raw.values).toEqual(raw.values);
    expect(answer.scores.regions).toEqual(scoreRegions(raw, DEFAULT_WEIGHTS).regions);
    expect(answer.constraints?.counts).toEqual(evaluateConstraints(context, [PUE]).counts);
  });

  it('puts verdicts and latency back in the dataset’s record order; what the view leaves out does not pass', () => {
    const analyse = engineWith();
    const answer = analyse({ settings: year(2018, false) });
    const verdicts = answer.constraints!.datacentres;
    expect(verdicts.map((v) => v.id)).toEqual(vintageAtlas.datacentres.map((dc) => dc.id));
    expect(verdicts.filter((v) => v.checks.length > 0).map((v) => v.id)).toEqual(['D1', 'D4']);
    expect(verdicts.find((v) => v.id === 'D5')?.passes).toBe(false);
    expect(answer.constraints!.counts.datacentres.total).toBe(2);
    expect(answer.latency!.datacentres.latencyMs).toHaveLength(5);
    expect(latencyAt(answer.latency!.datacentres, 4)?.status).toBe('fibre');
  });

  it('re-sends the per-site parts when the view changes, and leaves them out when it does not', () => {
    const analyse = engineWith();
    expect(analyse({ settings: year(2018) }).constraints).toBeDefined();
    expect(analyse({ settings: year(2018) }).constraints).toBeUndefined();
    expect(analyse({ settings: year(2019) }).constraints).toBeDefined();
    expect(analyse().constraints).toBeDefined();
  });

  it('keeps latency to the dataset’s demand hubs before the hubs were approved', () => {
    const analyse = engineWith();
    const before = analyse({ settings: year(2016) });
    const latency = column(before.raw, 'latency_to_demand_ms');
    expect(before.vintage?.presentCounts.hubs).toBe(0);
    expect(before.raw.values[1]![latency]).toBeGreaterThan(0);
  });

  it('says which year each statistic by year stands for', () => {
    const analyse = engineWith();
    expect(analyse({ settings: year(2019) }).vintage?.statYearsUsed).toEqual({
      population_10k: 2015,
    });
    expect(
      analyse({ settings: { asOf: { kind: 'pipeline' }, includeUnknownYear: true } }).vintage
        ?.statYearsUsed,
    ).toEqual({
      population_10k: 2024,
    });
  });

  it('scores on goalposts over every view, compares with another year and scores every year', () => {
    const analyse = engineWith();
    const scale: ScoreScale = {
      normalisation: 'goalposts',
      goalposts: { dc_count: { min: 0, max: 10 } },
    };
    const answer = analyse({ settings: year(2024), scale, compareWithYear: 2016, series: true });
    const vintage = answer.vintage!;
    expect(vintage.goalposts?.dc_count).toEqual({ min: 0, max: 10 });
    expect(vintage.goalposts?.population_10k).toEqual({ min: 40, max: 100 });
    expect(vintage.series?.years).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(vintage.series?.regions.R1?.degree.at(-1)).toBe(answer.scores.regions[0]!.degree);
    const change = vintage.comparison!.changes.find((c) => c.regionId === 'R1')!;
    expect(change.degreeAfter).toBe(answer.scores.regions[0]!.degree);
    expect(change.degreeBefore).toBe(vintage.series?.regions.R1?.degree[1]);
  });

  it('freezes entropy weights at a base year when asked', () => {
    const analyse = engineWith();
    const frozen = analyse({
      settings: year(2024),
      scale: { ...DEFAULT_SCORE_SCALE, entropyBaseYear: 2016 },
    });
    const base = analyse({ settings: year(2016) });
    expect(frozen.vintage?.entropyBaseYear).toBe(2016);
    expect(frozen.scores.columnWeights).toEqual(base.scores.columnWeights);
  });
});
