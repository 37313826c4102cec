// The common end of every importer: the features it built go through the same validator as any
// dropped file, so ranges, ids and property safety are checked once, in one place.
import type { LayerId } from '../../domain/layerFamilies';
import type { GeometryKind } from '../validate/cleanGeometry';
import { checkTextSize, DEFAULT_MAX_BYTES } from '../validate/checkSize';
import type { ReportBuilder } from '../validate/report';
import { validateParsed } from '../validate/validateGeoJson';
import type { ImportResult } from './importerTypes';

export interface ImportMeta {
  readonly layerId: LayerId;
  readonly geometry: GeometryKind;
  readonly licence: string;
  readonly attribution: string;
}

/** True (after recording the reason) when `text` is over the size limit. */
export function refuseOversize(text: string, report: ReportBuilder, maxBytes?: number): boolean {
  const tooLarge = checkTextSize(text, maxBytes ?? DEFAULT_MAX_BYTES);
  if (tooLarge) report.fail('file_too_large', tooLarge);
  return tooLarge !== undefined;
}

export function finishImport(
  features: readonly unknown[],
  meta: ImportMeta,
  report: ReportBuilder,
): ImportResult {
  const value = report.failed ? null : { type: 'FeatureCollection', features };
  const { featureCollection, report: built } = validateParsed(
    value,
    { expectedGeometry: meta.geometry },
    report,
  );
  return {
    layerId: meta.layerId,
    featureCollection,
    report: built,
    licence: meta.licence,
    attribution: meta.attribution,
  };
}

/** A JSON value from text, or undefined after recording why not. */
export function parseJsonOrFail(text: string, report: ReportBuilder): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    report.fail('not_json', { line: '?', column: '?' });
    return undefined;
  }
}
