// The import worker's logic without the Worker: keeps the latest file read (its checked collection
// stays here, only a preview crosses to the page) and maps it onto a layer's records on `finish`.
import type { FeatureCollection } from 'geojson';
import { parseLayer } from '../data';
import { isLayerId } from '../domain/layerFamilies';
import { applyMapping } from './applyMapping';
import type { FinishRequest, ImportRequest, ImportResponse, ReadRequest } from './importProtocol';
import { readImportFile } from './readImportFile';

/** Parser messages passed back with a finished import. */
const MAX_ISSUES = 5;

export interface ImportEngine {
  handle(message: unknown): ImportResponse;
}

interface HeldFile {
  readonly readId: number;
  readonly format: 'importer' | 'geojson' | 'csv';
  readonly collection: FeatureCollection;
}

function isRequest(message: unknown): message is ImportRequest {
  const m = message as Partial<ImportRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.id === 'number' &&
    (m.type === 'read' || m.type === 'finish')
  );
}

export function createImportEngine(): ImportEngine {
  let held: HeldFile | undefined;

  const read = (request: ReadRequest): ImportResponse => {
    held = undefined;
    const { preview, featureCollection } = readImportFile(
      request.fileName,
      String(request.text),
      request.maxBytes,
    );
    if (featureCollection.features.length > 0) {
      held = { readId: request.id, format: preview.format, collection: featureCollection };
    }
    return { type: 'read', id: request.id, preview };
  };

  const finish = (request: FinishRequest): ImportResponse => {
    if (!held || held.readId !== request.readId) {
      return {
        type: 'error',
        id: request.id,
        message: 'The file is no longer held; add it again.',
      };
    }
    if (!isLayerId(request.layerId)) {
      return { type: 'error', id: request.id, message: `Unknown layer ${String(request.layerId)}` };
    }
    const mapping = held.format === 'importer' ? {} : request.mapping;
    const mapped = applyMapping(held.collection, mapping, request.source);
    const { records, issues } = parseLayer(request.layerId, mapped);
    const errors = issues.filter((issue) => issue.severity === 'error');
    return {
      type: 'finished',
      id: request.id,
      result: {
        layerId: request.layerId,
        records,
        droppedCount: mapped.features.length - records.length,
        issues: errors.slice(0, MAX_ISSUES).map((issue) => issue.message),
      },
    };
  };

  return {
    handle(message) {
      if (!isRequest(message)) {
        const id = (message as { id?: unknown } | null)?.id;
        return { type: 'error', id: typeof id === 'number' ? id : -1, message: 'Unknown request' };
      }
      try {
        return message.type === 'read' ? read(message) : finish(message);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        return { type: 'error', id: message.id, message: text };
      }
    },
  };
}
