// The public API of the data boundary: load a dataset, parse a layer or a manifest, describe a
// property for display. Everything else in src/data is internal.
export { DatasetLoadError, loadDataset } from './loadDataset';
export type { LoadDatasetOptions, LoadedDataset, LoadProgress } from './loadDataset';
export { LAYER_STATES } from './loadLayer';
export type { LayerState, LayerStatus } from './loadLayer';
export type { FetchFn, FetchResponse } from './fetchText';
export { parseLayer } from './parseLayer';
export type { LayerParseResult } from './parseLayer';
export { FEATURE_PARSERS } from './featureParsers';
export type { FeatureParser, FeatureParseResult } from './defineFeatureParser';
export { parseManifest } from './parseManifest';
export type { ParseManifestResult, RejectedLayer } from './parseManifest';
export { MANIFEST_SCHEMA_VERSION, manifestHeadSchema, manifestLayerSchema } from './manifestSchema';
export type { FieldDescriptor, Manifest, ManifestFields, ManifestLayer } from './manifestSchema';
export { describeField, toSnakeCase } from './describeField';
export type { FieldDisplay } from './describeField';
export { ISSUE_SEVERITIES } from './dataIssue';
export type { DataIssue, IssueSeverity } from './dataIssue';
export { resolveLayerUrl } from './resolveLayerUrl';
export { recordToFeature } from './recordToFeature';
