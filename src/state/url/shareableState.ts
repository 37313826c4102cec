// The allow-list of what a shared link carries: everything that changes what one sees, nothing
// else (no panel state, no loaded data). A new field also needs a codec and a row in
// fieldCodecs.ts: the recipe in docs/ARCHITECTURE.md ("Add a URL field") lists every file.
import type { Constraint } from '../../domain/constraints/constraint';
import type { Lang } from '../../domain/lang';
import type { LayerId } from '../../domain/layerFamilies';
import {
  DEFAULT_LATENCY_SETTINGS,
  type LatencySettings,
} from '../../domain/network/latencySettings';
import type { IndicatorId } from '../../domain/score/indicatorIds';
import type { Subsystem } from '../../domain/score/subsystems';
import type { SiteSettings } from '../../domain/sites/siteSettings';
import { DEFAULT_WEIGHTS, type WeightsConfig } from '../../domain/score/weightsConfig';
import { DEFAULT_VINTAGE, type VintageSettings } from '../../domain/vintage/asOf';
import { DEFAULT_SCORE_SCALE, type ScoreScale } from '../../domain/vintage/scoreScale';
import {
  DEFAULT_CAMERA,
  DEFAULT_VISIBLE_LAYERS,
  type Camera,
  type FeatureRef,
  type Theme,
} from '../appInputs';

/** What colours the regions: the coordination degree D, one subsystem's U_k, or one indicator. */
export type Metric =
  | { readonly kind: 'coordination' }
  | { readonly kind: 'subsystem'; readonly subsystem: Subsystem }
  | { readonly kind: 'indicator'; readonly id: IndicatorId };

/** At most this many regions are compared side by side. */
export const MAX_COMPARED_REGIONS = 3;

export interface ShareableState {
  readonly camera: Camera;
  readonly theme: Theme;
  readonly lang: Lang;
  /** In draw order, no duplicates. */
  readonly visibleLayers: readonly LayerId[];
  readonly metric: Metric;
  readonly weights: WeightsConfig;
  /** The user's filters, in the user's order. */
  readonly constraints: readonly Constraint[];
  readonly latency: LatencySettings;
  readonly selection: FeatureRef | null;
  /** Region ids, unique, at most MAX_COMPARED_REGIONS. */
  readonly compareRegionIds: readonly string[];
  /** The dataset folder (relative path or http(s) URL); undefined = the default dataset. */
  readonly datasetUrl: string | undefined;
  /** The as-of view: today (default), the end of a year, or the pipeline (docs/VINTAGES.md). */
  readonly vintage: VintageSettings;
  /** How scores compare across years: per-year min–max or fixed goalposts, frozen base year. */
  readonly scoreScale: ScoreScale;
  /** The year the as-of view is compared with; undefined = none. */
  readonly compareYear: number | undefined;
  /** The active scenario, compressed (fields/scenarioField.ts); undefined = the baseline. */
  readonly scenarioCode: string | undefined;
  /** The site finder's settings (issue 14); null = the site finder is off. */
  readonly siteFinder: SiteSettings | null;
}

export type ShareableField = keyof ShareableState;

export const DEFAULT_SHAREABLE_STATE: ShareableState = {
  camera: DEFAULT_CAMERA,
  theme: 'light',
  lang: 'zh',
  visibleLayers: DEFAULT_VISIBLE_LAYERS,
  metric: { kind: 'coordination' },
  weights: DEFAULT_WEIGHTS,
  constraints: [],
  latency: DEFAULT_LATENCY_SETTINGS,
  selection: null,
  compareRegionIds: [],
  datasetUrl: undefined,
  vintage: DEFAULT_VINTAGE,
  scoreScale: DEFAULT_SCORE_SCALE,
  compareYear: undefined,
  scenarioCode: undefined,
  siteFinder: null,
};
