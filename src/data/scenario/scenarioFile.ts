// The scenario file (and share-link) format, version 1: a header naming the format, its version and
// the dataset, then the modifications in the dataset's own file schema — an added feature is a
// GeoJSON Feature with snake_case properties, an edit lists snake_case properties (null removes
// one) — so files read like the dataset and pass the same parsers on the way back in.
import type { Feature } from 'geojson';
import type { LonLat } from '../../domain/atlas';
import { assertNever } from '../../domain/assertNever';
import type { LayerId } from '../../domain/layerFamilies';
import type { Modification, Scenario } from '../../domain/scenario/modification';
import { toSnakeCase } from '../describeField';
import { recordToFeature } from '../recordToFeature';

export const SCENARIO_FORMAT = 'compute-atlas-scenario';
export const SCENARIO_FILE_VERSION = 1;

export type FileModification =
  | { readonly kind: 'add'; readonly layer: LayerId; readonly feature: Feature; readonly at?: number }
  | {
      readonly kind: 'edit';
      readonly layer: LayerId;
      readonly id: string;
      readonly properties: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'remove'; readonly layer: LayerId; readonly id: string }
  | { readonly kind: 'move'; readonly layer: LayerId; readonly id: string; readonly position: LonLat };

export interface ScenarioFile {
  readonly format: typeof SCENARIO_FORMAT;
  readonly version: typeof SCENARIO_FILE_VERSION;
  readonly dataset: string;
  readonly id: string;
  readonly name: string;
  readonly modifications: readonly FileModification[];
}

/** Edited fields as file properties; a position or geometry edit keeps its GeoJSON shape. */
function propertiesOf(changes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    properties[key === 'position' || key === 'geometry' ? key : toSnakeCase(key)] = value;
  }
  return properties;
}

function toFileModification(modification: Modification): FileModification {
  const layer = modification.layerId;
  switch (modification.kind) {
    case 'add':
      return {
        kind: 'add',
        layer,
        feature: recordToFeature(layer, modification.record),
        ...(modification.at !== undefined ? { at: modification.at } : {}),
      };
    case 'edit':
      return { kind: 'edit', layer, id: modification.id, properties: propertiesOf(modification.changes) };
    case 'remove':
      return { kind: 'remove', layer, id: modification.id };
    case 'move':
      return { kind: 'move', layer, id: modification.id, position: modification.position };
    default:
      return assertNever(modification);
  }
}

/** The file of a scenario: what is exported, and what a share link compresses. */
export function toScenarioFile(scenario: Scenario): ScenarioFile {
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_FILE_VERSION,
    dataset: scenario.datasetId,
    id: scenario.id,
    name: scenario.name,
    modifications: scenario.modifications.map(toFileModification),
  };
}
