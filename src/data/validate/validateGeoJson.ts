// The GeoJSON boundary: file text in, a clean RFC 7946 FeatureCollection and a report out. Pure and
// synchronous (it runs in the worker); it never throws on bad input, it reports.
import type { FeatureCollection } from 'geojson';
import { checkTextSize } from './checkSize';
import { cleanFeatureCollection, type CleanOptions } from './cleanFeatureCollection';
import { parseJsonText } from './parseJsonText';
import { createReportBuilder, type ValidationReport } from './report';

export interface ValidateOptions extends CleanOptions {
  /** Refuse text longer than this many UTF-8 bytes, before parsing. */
  readonly maxBytes: number;
}

export interface ValidationResult {
  readonly featureCollection: FeatureCollection;
  readonly report: ValidationReport;
}

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

/** Parses, checks and repairs GeoJSON text; on a fatal problem the collection is empty. */
export function validateGeoJson(text: string, options: ValidateOptions): ValidationResult {
  const report = createReportBuilder();
  const tooLarge = checkTextSize(text, options.maxBytes);
  if (tooLarge) {
    report.fail('file_too_large', tooLarge);
    return { featureCollection: empty(), report: report.build(0) };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    report.fail(parsed.reason, parsed.params);
    return { featureCollection: empty(), report: report.build(0) };
  }
  for (const fix of parsed.fixes) report.add('fixed', fix, 'whole file');
  return validateParsed(parsed.value, options, report);
}

/** The same checks on JSON already parsed (e.g. by an importer that needed to look at it). */
export function validateParsed(
  value: unknown,
  options: CleanOptions,
  report = createReportBuilder(),
): ValidationResult {
  const featureCollection = cleanFeatureCollection(value, options, report);
  return {
    featureCollection: report.failed ? empty() : featureCollection,
    report: report.build(report.failed ? 0 : featureCollection.features.length),
  };
}
