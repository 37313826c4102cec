// Turns any parsed JSON value into a clean FeatureCollection of one geometry kind, with every
// feature holding a unique string `properties.id`; every change is recorded in the report.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { cleanGeometry, KIND_OF_TYPE, type GeometryKind } from './cleanGeometry';
import { cleanProperties, type CleanProperties } from './cleanProperties';
import { collectAxisStats, emptyAxisStats, looksSwapped, type Bounds } from './positions';
import type { ReportBuilder } from './report';
import { toFeatureList } from './toFeatureList';

export interface CleanOptions {
  /** Keep only this kind; without it the most common kind in the file is kept. */
  readonly expectedGeometry?: GeometryKind;
  /** Where the data should lie (a manifest's bounds); sharpens the swapped-axes test. */
  readonly expectedBounds?: Bounds;
}

interface Candidate {
  readonly label: string;
  readonly geometry: Geometry;
  readonly kind: GeometryKind;
  readonly source: Record<string, unknown>;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

function rawId(feature: Record<string, unknown>): string | undefined {
  const fromProperties = asRecord(feature.properties)?.id;
  const id = fromProperties ?? feature.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function labelOf(index: number, feature: Record<string, unknown> | undefined): string {
  const id = feature ? rawId(feature) : undefined;
  return `feature #${index + 1}${id === undefined ? '' : ` (id ${id.slice(0, 60)})`}`;
}

function majorityKind(candidates: readonly Candidate[]): GeometryKind | undefined {
  const counts = new Map<GeometryKind, number>();
  for (const { kind } of candidates) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function collectCandidates(items: readonly unknown[], options: CleanOptions, report: ReportBuilder) {
  const stats = emptyAxisStats();
  for (const item of items) {
    collectAxisStats(asRecord(asRecord(item)?.geometry)?.coordinates, stats, options.expectedBounds);
  }
  const swap = looksSwapped(stats, options.expectedBounds !== undefined);
  const candidates: Candidate[] = [];
  items.forEach((item, index) => {
    const feature = asRecord(item);
    const label = labelOf(index, feature);
    if (!feature || feature.type !== 'Feature') {
      report.add('dropped', 'not_a_feature', `${label}: not a Feature`);
      return;
    }
    const outcome = cleanGeometry(feature.geometry, swap);
    if (!outcome.geometry) {
      const drop = outcome.drop ?? { reason: 'invalid_geometry', detail: '' };
      report.add('dropped', drop.reason, `${label}: ${drop.detail}`);
      return;
    }
    if (swap) report.add('fixed', 'swapped_axes', `${label}: read as [lat, lon]`);
    for (const f of outcome.fixes) report.add('fixed', f.reason, `${label}: ${f.detail}`);
    for (const n of outcome.notes) report.add('noted', n.reason, `${label}: ${n.detail}`);
    const kind = KIND_OF_TYPE[outcome.geometry.type] as GeometryKind;
    candidates.push({ label, geometry: outcome.geometry, kind, source: feature });
  });
  return candidates;
}

function sameFeature(a: Feature, b: Feature): boolean {
  return JSON.stringify([a.geometry, a.properties]) === JSON.stringify([b.geometry, b.properties]);
}

/** Cleans `value` (untrusted parsed JSON) into a FeatureCollection, reporting into `report`. */
export function cleanFeatureCollection(
  value: unknown,
  options: CleanOptions,
  report: ReportBuilder,
): FeatureCollection {
  const items = toFeatureList(value, report);
  const candidates = collectCandidates(items ?? [], options, report);
  const kind = options.expectedGeometry ?? majorityKind(candidates);
  const features: Feature[] = [];
  const byId = new Map<string, Feature>();
  let anonymous = 0;
  for (const candidate of candidates) {
    const { label, geometry, source } = candidate;
    if (candidate.kind !== kind) {
      report.add('dropped', 'wrong_geometry_type', `${label}: ${geometry.type}, expected ${kind}`);
      continue;
    }
    const { properties, fixes, notes } = cleanProperties(source.properties);
    for (const f of fixes) report.add('fixed', f.reason, `${label}: ${f.detail}`);
    for (const n of notes) report.add('noted', n.reason, `${label}: ${n.detail}`);
    let id = rawId(source);
    if (id === undefined) {
      do anonymous += 1;
      while (byId.has(`feature-${anonymous}`));
      id = `feature-${anonymous}`;
      report.add('fixed', 'id_assigned', `${label}: id ${id}`);
    }
    const feature: Feature = { type: 'Feature', geometry, properties };
    const earlier = byId.get(id);
    if (earlier) {
      (properties as CleanProperties).id = id;
      if (sameFeature(earlier, feature)) {
        report.add('dropped', 'duplicate_feature', `${label}: same as an earlier feature`);
        continue;
      }
      let n = 2;
      while (byId.has(`${id}-${n}`)) n += 1;
      report.add('fixed', 'duplicate_id_renamed', `${label}: renamed ${id}-${n}`);
      id = `${id}-${n}`;
    }
    (properties as CleanProperties).id = id;
    byId.set(id, feature);
    features.push(feature);
  }
  if (!report.failed && features.length === 0) report.fail('no_features');
  return { type: 'FeatureCollection', features };
}
