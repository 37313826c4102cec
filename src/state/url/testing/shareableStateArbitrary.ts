// fast-check arbitraries for shareable states: raw values (often out of range) passed through the
// codec's own validators, so every generated state is valid by the codec's definition.
import fc from 'fast-check';
import { LAYER_IDS } from '../../../domain/layerFamilies';
import { LATENCY_MODES, type LatencySettings } from '../../../domain/network/latencySettings';
import { INDICATOR_IDS } from '../../../domain/score/indicatorIds';
import { SUBSYSTEMS } from '../../../domain/score/subsystems';
import { WEIGHT_MODES, type WeightsConfig } from '../../../domain/score/weightsConfig';
import type { VintageSettings } from '../../../domain/vintage/asOf';
import { NORMALISATIONS, type ScoreScale } from '../../../domain/vintage/scoreScale';
import { LANGS } from '../../../domain/lang';
import { THEMES, type FeatureRef } from '../../appInputs';
import { isWellFormedId } from '../fieldCodec';
import { isAllowedDatasetUrl } from '../fields/datasetField';
import { siteSettingsArbitrary } from './siteSettingsArbitrary';
import { normaliseState } from '../normaliseState';
import { constraintArbitrary } from './constraintArbitrary';
import type { Metric, ShareableState } from '../shareableState';

const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });

const degrees = fc.oneof(fc.double({ noNaN: true, min: -200, max: 200 }), anyNumber);

const camera = fc.record({
  longitude: degrees,
  latitude: degrees,
  zoom: fc.oneof(fc.double({ noNaN: true, min: 0, max: 22 }), anyNumber),
  bearing: degrees,
  pitch: degrees,
});

/** Ids of every kind of character a dataset might use, including separators and CJK. */
export const featureIdArbitrary = fc.oneof(
  fc.constantFrom('CN-GZ', 'CN-NM', 'CN-BJ', 'DCF001', 'HUB-JJJ'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter(isWellFormedId),
  fc.stringMatching(/^[a-z,:&=%#;]{1,8}$/),
);

const metric: fc.Arbitrary<Metric> = fc.oneof(
  fc.constant({ kind: 'coordination' as const }),
  fc.constantFrom(...SUBSYSTEMS).map((subsystem) => ({ kind: 'subsystem' as const, subsystem })),
  fc.constantFrom(...INDICATOR_IDS).map((id) => ({ kind: 'indicator' as const, id })),
);

const selection: fc.Arbitrary<FeatureRef | null> = fc.option(
  fc.record({ layerId: fc.constantFrom(...LAYER_IDS), id: featureIdArbitrary }),
);

const weight = fc.oneof(fc.double({ noNaN: true, min: 0, max: 1 }), anyNumber);

const weights: fc.Arbitrary<WeightsConfig> = fc.record({
  mode: fc.constantFrom(...WEIGHT_MODES),
  subsystemWeights: fc.record({ compute: weight, power: weight, network: weight, data: weight }),
  indicatorWeights: fc.dictionary(fc.constantFrom(...INDICATOR_IDS), weight),
  disabledIndicators: fc.array(fc.constantFrom(...INDICATOR_IDS), { maxLength: 6 }),
});

const latency: fc.Arbitrary<LatencySettings> = fc.record(
  {
    mode: fc.constantFrom(...LATENCY_MODES),
    routeFactor: fc.oneof(fc.double({ noNaN: true, min: 1, max: 5 }), anyNumber),
    perHopOverheadMs: fc.oneof(fc.double({ noNaN: true, min: 0, max: 20 }), anyNumber),
    demandHubIds: fc.array(featureIdArbitrary, { maxLength: 5 }),
  },
  { requiredKeys: ['mode', 'routeFactor', 'perHopOverheadMs'] },
);

const constraints = fc.array(constraintArbitrary(anyNumber, latency, featureIdArbitrary), {
  maxLength: 30,
});

const datasetUrl = fc.option(
  fc.oneof(
    fc.constantFrom('data/other', 'https://example.org/atlas?x=1&y=2', '/数据/集'),
    fc.webUrl(),
    fc.string({ unit: 'binary', maxLength: 20 }).filter(isAllowedDatasetUrl),
  ),
  { nil: undefined },
);

const year = fc.oneof(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: -5000, max: 5000 }));

const vintage: fc.Arbitrary<VintageSettings> = fc.record({
  asOf: fc.oneof(
    fc.constant({ kind: 'all' as const }),
    fc.constant({ kind: 'pipeline' as const }),
    year.map((y) => ({ kind: 'year' as const, year: y })),
  ),
  includeUnknownYear: fc.boolean(),
});

const goalpost = fc.record({ min: anyNumber, max: anyNumber });

const scoreScale: fc.Arbitrary<ScoreScale> = fc.record(
  {
    normalisation: fc.constantFrom(...NORMALISATIONS),
    goalposts: fc.dictionary(fc.constantFrom(...INDICATOR_IDS), goalpost),
    entropyBaseYear: year,
  },
  { requiredKeys: ['normalisation', 'goalposts'] },
);

export const shareableStateArbitrary: fc.Arbitrary<ShareableState> = fc
  .record({
    camera,
    theme: fc.constantFrom(...THEMES),
    lang: fc.constantFrom(...LANGS),
    visibleLayers: fc.array(fc.constantFrom(...LAYER_IDS), { maxLength: 9 }),
    metric,
    weights,
    constraints,
    latency,
    selection,
    compareRegionIds: fc.array(featureIdArbitrary, { maxLength: 5 }),
    datasetUrl,
    vintage,
    scoreScale,
    compareYear: fc.option(year, { nil: undefined }),
    scenarioCode: fc.option(fc.stringMatching(/^1\.[A-Za-z0-9_-]{1,40}$/), { nil: undefined }),
    siteFinder: fc.option(siteSettingsArbitrary(anyNumber), { nil: null }),
  })
  .map(normaliseState);
