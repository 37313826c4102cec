// The features that pass the current constraints — of every judged family (LAYER_FAMILIES) — as one GeoJSON FeatureCollection in the file schema. Each feature names its
// layer and verdict; a top-level `metadata` member names the dataset, constraints, sources, licences.
import type { Feature, FeatureCollection } from 'geojson';
import type { Atlas, AtlasRecord } from '../../domain/atlas';
import { JUDGED_LAYER_IDS, type JudgedLayerId } from '../../domain/layerFamilies';
import type { Constraint } from '../../domain/constraints/constraint';
import type { ConstraintEvaluation } from '../../domain/constraints/evaluateConstraints';
import type { SubjectVerdict } from '../../domain/constraints/constraintCheck';
import type { ExportSources } from './exportSources';
import { recordToFeature } from '../../data/recordToFeature';

export interface PassingExportInput {
  readonly atlas: Atlas;
  readonly evaluation: ConstraintEvaluation;
  readonly constraints: readonly Constraint[];
  readonly dataset: { readonly id: string; readonly name: string; readonly asOf?: string };
  readonly sources: ExportSources;
  /** ISO 8601 time of the export. */
  readonly generatedAt: string;
}

export interface PassingFeatureCollection extends FeatureCollection {
  readonly metadata: {
    readonly title: string;
    readonly generated_at: string;
    readonly dataset: { readonly id: string; readonly name: string; readonly as_of?: string };
    readonly constraints: readonly Constraint[];
    readonly counts: Readonly<Record<JudgedLayerId, number>>;
    readonly attribution: string;
    readonly licences: readonly string[];
    readonly sources: readonly string[];
  };
}

function passing(
  layer: JudgedLayerId,
  records: readonly AtlasRecord[],
  verdicts: readonly SubjectVerdict[],
): Feature[] {
  const byId = new Map(verdicts.map((verdict) => [verdict.id, verdict]));
  return records.flatMap((record) => {
    const verdict = byId.get(record.id);
    if (!verdict?.passes) return [];
    const feature = recordToFeature(layer, record as never);
    return [{ ...feature, properties: { ...feature.properties, layer, verdict: verdict.status } }];
  });
}

/** Passing subjects in layer order; a subject without a verdict (a newer dataset) is left out. */
export function passingToGeoJson(input: PassingExportInput): PassingFeatureCollection {
  const { atlas, evaluation, dataset, sources } = input;
  const byLayer = JUDGED_LAYER_IDS.map(
    (layer) => [layer, passing(layer, atlas[layer], evaluation[layer])] as const,
  );
  return {
    type: 'FeatureCollection',
    features: byLayer.flatMap(([, features]) => features),
    metadata: {
      title: 'Compute Atlas: features that pass the current constraints',
      generated_at: input.generatedAt,
      dataset: {
        id: dataset.id,
        name: dataset.name,
        ...(dataset.asOf ? { as_of: dataset.asOf } : {}),
      },
      constraints: input.constraints,
      counts: Object.fromEntries(
        byLayer.map(([layer, features]) => [layer, features.length]),
      ) as Record<JudgedLayerId, number>,
      attribution: sources.attribution,
      licences: sources.licences,
      sources: sources.sources,
    },
  };
}
