// What every validation result must satisfy, whatever the input: used by the bad-input table and
// the fuzz test.
import type { FeatureCollection } from 'geojson';
import { REASON_CODES } from '../../src/data/validate/messages';
import { MAX_EXAMPLES, type ValidationReport } from '../../src/data/validate/report';

function positionsOf(coordinates: unknown): number[][] {
  if (!Array.isArray(coordinates)) return [];
  if (typeof coordinates[0] === 'number') return [coordinates as number[]];
  return coordinates.flatMap(positionsOf);
}

/** The list of broken invariants (empty when the result is sound). */
export function reportProblems(result: {
  featureCollection: FeatureCollection;
  report: ValidationReport;
}): string[] {
  const { featureCollection, report } = result;
  const problems: string[] = [];
  const codes: readonly string[] = REASON_CODES;
  if (!Number.isInteger(report.kept) || report.kept !== featureCollection.features.length) {
    problems.push(`kept ${report.kept} ≠ ${featureCollection.features.length} features`);
  }
  for (const entry of [...report.fixed, ...report.dropped, ...report.noted]) {
    if (!codes.includes(entry.reason)) problems.push(`unknown reason ${entry.reason}`);
    if (entry.count < 1 || entry.examples.length > Math.min(entry.count, MAX_EXAMPLES)) {
      problems.push(`bad entry ${JSON.stringify(entry)}`);
    }
  }
  if (report.fatal !== undefined && (report.kept !== 0 || !report.fatalReason)) {
    problems.push('fatal report with features or without reason');
  }
  if (report.fatal === undefined && report.kept === 0) problems.push('no features and no fatal');
  const ids = new Set<string>();
  for (const feature of featureCollection.features) {
    const id = feature.properties?.id as unknown;
    if (typeof id !== 'string' || ids.has(id)) problems.push(`bad or duplicate id ${String(id)}`);
    ids.add(String(id));
    const geometry = feature.geometry;
    if (!geometry || geometry.type === 'GeometryCollection') {
      problems.push('feature without a simple geometry');
      continue;
    }
    for (const p of positionsOf(geometry.coordinates)) {
      const [lon, lat] = p as [number, number];
      if (p.length !== 2 || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) {
        problems.push(`bad position ${JSON.stringify(p)}`);
      }
    }
  }
  return problems;
}
