// "As of" year benchmarks (issue 16) on the default dataset (data/): moving the year to one not
// shown before (re-filter, re-aggregate, constraint context, latency, score) in the worker's
// views, against the whole pipeline re-run on a freshly filtered atlas; moving back to a year
// already shown; and the first request of the chart through the years (every year scored).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLayer } from '../src/data/parseLayer';
import { emptyAtlas, type Atlas } from '../src/domain/atlas';
import { createConstraintContext } from '../src/domain/constraints/createConstraintContext';
import { evaluateConstraints } from '../src/domain/constraints/evaluateConstraints';
import { POLICY_PRESETS } from '../src/domain/constraints/policyPresets';
import { LAYER_IDS } from '../src/domain/layerFamilies';
import { DEFAULT_LATENCY_SETTINGS } from '../src/domain/network/latencySettings';
import { aggregateIndicators, withLatency } from '../src/domain/score/aggregateIndicators';
import { INDICATOR_REGISTRY } from '../src/domain/score/indicatorRegistry';
import { scoreRegions } from '../src/domain/score/scoreRegions';
import { DEFAULT_WEIGHTS } from '../src/domain/score/weightsConfig';
import type { VintageSettings } from '../src/domain/vintage/asOf';
import { atlasAsOf } from '../src/domain/vintage/atlasAsOf';
import { DEFAULT_SCORE_SCALE } from '../src/domain/vintage/scoreScale';
import { vintageYearSpan } from '../src/domain/vintage/vintageYearSpan';
import type { AnalysisUpdate } from '../src/worker/analysisUpdate';
import { analyseAsOf } from '../src/worker/analyseAsOf';
import { createVintageViews, type VintageViews } from '../src/worker/vintageViews';
import type { BenchCase, BenchSuite } from './types';

const DATA = join(import.meta.dirname, '../data');
/** Every hub policy (20 ms, PUE, green power), so each move also re-judges every site. */
const CONSTRAINTS = POLICY_PRESETS.allHubPolicies.constraints;

function loadDefaultAtlas(): Atlas {
  const atlas: Record<string, unknown> = { ...emptyAtlas() };
  for (const layer of LAYER_IDS) {
    const text = readFileSync(join(DATA, `${layer}.geojson`), 'utf8');
    atlas[layer] = parseLayer(layer, JSON.parse(text)).records;
  }
  return atlas as Atlas;
}

const year = (y: number): VintageSettings => ({
  asOf: { kind: 'year', year: y },
  includeUnknownYear: true,
});
const request = (settings: VintageSettings, series = false) => ({
  weights: DEFAULT_WEIGHTS,
  constraints: CONSTRAINTS,
  latency: DEFAULT_LATENCY_SETTINGS,
  vintage: { settings, scale: DEFAULT_SCORE_SCALE, series },
});

interface Answer {
  readonly raw: readonly (readonly (number | undefined)[])[];
  readonly degrees: readonly (number | undefined)[];
  readonly counts: unknown;
}

const answerOf = (update: AnalysisUpdate): Answer => ({
  raw: update.raw.values,
  degrees: update.scores.regions.map((r) => r.degree),
  counts: update.constraints?.counts,
});

/** The whole pipeline on a freshly filtered atlas: nothing cached (a fresh regions array rebuilds
 * the region index), as a worker without views would run it. */
function freshPipeline(atlas: Atlas, settings: VintageSettings, latest: number): Answer {
  const view = atlasAsOf(atlas, settings, latest).atlas;
  const fresh = { ...view, regions: [...view.regions] };
  const context = createConstraintContext(fresh, { latencyAtlas: atlas });
  const latency = context.latency(DEFAULT_LATENCY_SETTINGS);
  const byRegion = new Map([...latency.regions].map(([id, r]) => [id, r.latencyMs] as const));
  const raw = withLatency(
    aggregateIndicators(fresh, INDICATOR_REGISTRY),
    INDICATOR_REGISTRY,
    byRegion,
  );
  const scores = scoreRegions(raw, DEFAULT_WEIGHTS);
  return {
    raw: raw.values,
    degrees: scores.regions.map((r) => r.degree),
    counts: evaluateConstraints(context, CONSTRAINTS).counts,
  };
}

const sameAnswer = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function cases(atlas: Atlas): BenchCase[] {
  const span = vintageYearSpan(atlas)!;
  const today = aggregateIndicators(atlas, INDICATOR_REGISTRY);
  const context = createConstraintContext(atlas);
  const newViews = () => createVintageViews(atlas, INDICATOR_REGISTRY, { raw: today, context });
  const years = Array.from({ length: span.latest - span.first + 1 }, (_, i) => span.first + i);
  /** Each path walks the years in the same order, so their first answers are for one year. */
  const walker = () => {
    let turn = 0;
    return () => years[turn++ % years.length]!;
  };
  const [fastYear, baselineYear, cachedYear] = [walker(), walker(), walker()];
  const engine = { sitesKey: undefined as string | undefined };
  const warm: VintageViews = newViews();
  years.forEach((y) => analyseAsOf(warm, engine, request(year(y)), INDICATOR_REGISTRY));
  return [
    {
      name: `as of: move the year to one not shown before, default dataset (${span.first}–${span.latest}, policy constraints)`,
      baselineName:
        'the whole pipeline on a freshly filtered atlas (region index, aggregation, fibre graph, latency, constraints, score)',
      fast: () =>
        answerOf(analyseAsOf(newViews(), engine, request(year(fastYear())), INDICATOR_REGISTRY)),
      baseline: () => freshPipeline(atlas, year(baselineYear()), span.latest),
      same: sameAnswer,
      target: { maxFastMs: 100 },
    },
    {
      name: 'as of: move back to a year already shown (its view cached), default dataset',
      baselineName: 'none (absolute)',
      fast: () =>
        answerOf(analyseAsOf(warm, engine, request(year(cachedYear())), INDICATOR_REGISTRY)),
      target: { maxFastMs: 100 },
    },
    {
      name: `as of: first request of the chart through the years (${years.length} years scored), default dataset`,
      baselineName: 'none (absolute; once per dataset, then cached)',
      fast: () =>
        analyseAsOf(newViews(), engine, request(year(span.latest), true), INDICATOR_REGISTRY),
    },
  ];
}

const suite: BenchSuite = {
  name: 'as of year (vintages)',
  setup() {
    if (!existsSync(join(DATA, 'regions.geojson'))) {
      console.log(`  skipped: no default dataset in ${DATA}`);
      return [];
    }
    return cases(loadDefaultAtlas());
  },
};

export default suite;
