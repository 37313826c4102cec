// The table of URL keys, one row per shareable field, and their fixed order in the link. The
// record type makes a field without a row a type error (the whole recipe: docs/ARCHITECTURE.md,
// "Add a URL field"); the order of the rows is the order of the keys in a link.
import type { FieldCodec } from './fieldCodec';
import { cameraField } from './fields/cameraField';
import { compareField } from './fields/compareField';
import { constraintsField } from './fields/constraintsField';
import { datasetField } from './fields/datasetField';
import { latencyField } from './fields/latencyField';
import { layersField } from './fields/layersField';
import { metricField } from './fields/metricField';
import { selectionField } from './fields/selectionField';
import { sitesField } from './fields/sitesField';
import { langField, themeField } from './fields/themeAndLangFields';
import { scenarioField } from './fields/scenarioField';
import { weightsField } from './fields/weightsField';
import { compareYearField } from './fields/compareYearField';
import { scoreScaleField } from './fields/scoreScaleField';
import { vintageField } from './fields/vintageField';
import type { ShareableField } from './shareableState';

export const FIELD_CODECS: { readonly [F in ShareableField]: FieldCodec<F> } = {
  camera: cameraField,
  theme: themeField,
  lang: langField,
  visibleLayers: layersField,
  metric: metricField,
  weights: weightsField,
  constraints: constraintsField,
  latency: latencyField,
  selection: selectionField,
  compareRegionIds: compareField,
  datasetUrl: datasetField,
  vintage: vintageField,
  scoreScale: scoreScaleField,
  compareYear: compareYearField,
  scenarioCode: scenarioField,
  siteFinder: sitesField,
};

/** The order of the keys in a link (after `v`): the order of the rows above. */
export const FIELD_ORDER = Object.keys(FIELD_CODECS) as readonly ShareableField[];

/** The version this build writes. Bump it (and add a migration) when a key changes meaning. */
export const CURRENT_VERSION = 2;

/** The version key, always first, and keys kept for features not shared yet. */
export const VERSION_KEY = 'v';
export const RESERVED_KEYS = [] as const;
