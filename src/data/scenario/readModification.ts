// One modification of a scenario file checked against the atlas it will apply to (the dataset with
// the modifications before it): added and edited features pass the same cleaning and parsers as
// the dataset's own files, then the proposal checks (bounds, coverage). What fails is explained
// with a reason code and left out; ids that clash are renamed.
import type { Feature, Geometry } from 'geojson';
import type { Atlas, AtlasRecord, LonLat } from '../../domain/atlas';
import { isLayerId, layerFamily, type LayerId } from '../../domain/layerFamilies';
import { withChanges } from '../../domain/scenario/applyModification';
import { checkProposal } from '../../domain/scenario/checkProposal';
import type { FieldChanges, Modification } from '../../domain/scenario/modification';
import { FEATURE_PARSERS } from '../featureParsers';
import { recordToFeature } from '../recordToFeature';
import { cleanFeatureCollection } from '../validate/cleanFeatureCollection';
import type { ReasonCode } from '../validate/messages';
import { createReportBuilder, type ReportBuilder } from '../validate/report';

type Fields = Record<string, unknown>;
const asObject = (value: unknown): Fields | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;

/** Cleans and parses one feature for `layerId`; the record, or undefined (reported). */
function parseFeature(layerId: LayerId, feature: unknown, label: string, report: ReportBuilder) {
  const geometry = layerFamily(layerId).geometry;
  // Its own report: an empty collection is fatal for a file, but here drops one modification.
  const local = createReportBuilder();
  const clean = cleanFeatureCollection(
    { type: 'FeatureCollection', features: [feature] },
    { expectedGeometry: geometry === 'area' ? 'polygon' : geometry },
    local,
  );
  const found = local.build(clean.features.length);
  for (const list of ['fixed', 'dropped', 'noted'] as const) {
    for (const entry of found[list]) {
      for (const example of entry.examples) report.add(list, entry.reason, `${label}, ${example}`);
    }
  }
  const cleaned = clean.features[0];
  if (!cleaned) return undefined;
  const parsed = FEATURE_PARSERS[layerId](cleaned, 0);
  if (!parsed.record) {
    report.add('dropped', 'not_a_feature', `${label}: ${parsed.issues[0]?.message ?? ''}`);
  }
  return parsed.record as AtlasRecord | undefined;
}

/** Reports each proposal problem of `record`; true when there is one. An edit that leaves the
 * position alone is not judged on coverage (a feature already outside stays editable). */
function problemReason(
  atlas: Atlas,
  record: AtlasRecord,
  label: string,
  report: ReportBuilder,
  old?: AtlasRecord,
) {
  const where = (r: AtlasRecord) => JSON.stringify('position' in r ? r.position : r.geometry);
  const moved = !old || where(old) !== where(record);
  const problems = checkProposal(atlas, record).filter(
    (problem) => moved || problem.kind !== 'outside_coverage',
  );
  for (const problem of problems) {
    const reason: ReasonCode = problem.kind === 'below_bound' ? 'negative_value' : 'outside_coverage';
    const detail =
      problem.kind === 'below_bound'
        ? `${problem.field} = ${problem.value}`
        : `at ${problem.position[0].toFixed(3)}, ${problem.position[1].toFixed(3)}`;
    report.add('dropped', reason, `${label}: ${detail}`);
  }
  return problems.length > 0;
}

function uniqueId(atlas: Atlas, layerId: LayerId, id: string): string {
  const taken = new Set(atlas[layerId].map((record) => record.id));
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

function readAdd(atlas: Atlas, layerId: LayerId, entry: Fields, label: string, report: ReportBuilder) {
  const parsed = parseFeature(layerId, entry.feature, label, report);
  if (!parsed || problemReason(atlas, parsed, label, report)) return undefined;
  const id = uniqueId(atlas, layerId, parsed.id);
  if (id !== parsed.id) report.add('fixed', 'duplicate_id_renamed', `${label}: renamed ${id}`);
  const record = { ...parsed, id, proposed: true } as AtlasRecord;
  const at = typeof entry.at === 'number' && Number.isInteger(entry.at) && entry.at >= 0 ? entry.at : undefined;
  return { kind: 'add', layerId, record, ...(at !== undefined ? { at } : {}) } as Modification;
}

/** The edited record through the family parser: file properties merged over the current ones. */
function readEdit(old: AtlasRecord, layerId: LayerId, entry: Fields, label: string, report: ReportBuilder) {
  const properties = asObject(entry.properties);
  if (!properties) return report.add('dropped', 'not_a_modification', `${label}: no properties`);
  const feature = recordToFeature(layerId, old);
  const merged: Fields = { ...(feature.properties as Fields) };
  let geometry = feature.geometry as Geometry;
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'id') continue;
    if (key === 'geometry') geometry = value as Geometry;
    else if (key === 'position') geometry = { type: 'Point', coordinates: value as number[] };
    else if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return parseFeature(layerId, { ...feature, geometry, properties: merged } as Feature, label, report);
}

/** Fields that differ between two versions of a record (`null`: gone). */
function changesBetween(old: AtlasRecord, next: AtlasRecord): FieldChanges<LayerId> {
  const changes: Fields = {};
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    const was = (old as unknown as Fields)[key];
    const now = (next as unknown as Fields)[key];
    if (key !== 'id' && JSON.stringify(was) !== JSON.stringify(now)) changes[key] = now ?? null;
  }
  return { ...changes, proposed: true } as FieldChanges<LayerId>;
}

/** The modification an entry stands for on `atlas`, or undefined (the reason is reported). */
export function readModification(
  atlas: Atlas,
  entry: unknown,
  label: string,
  report: ReportBuilder,
): Modification | undefined {
  const fields = asObject(entry);
  const layerId = fields?.layer;
  const kind = fields?.kind;
  if (!fields || !isLayerId(layerId) || layerId === 'regions') {
    report.add('dropped', 'not_a_modification', label);
    return undefined;
  }
  if (kind === 'add') return readAdd(atlas, layerId, fields, label, report);
  const id = fields.id;
  const old = (atlas[layerId] as readonly AtlasRecord[]).find((record) => record.id === id);
  if (kind !== 'edit' && kind !== 'remove' && kind !== 'move') {
    report.add('dropped', 'not_a_modification', label);
    return undefined;
  }
  if (typeof id !== 'string' || !old) {
    report.add('dropped', 'unknown_feature_id', `${label}: ${layerId} ${String(id).slice(0, 60)}`);
    return undefined;
  }
  if (kind === 'remove') return { kind, layerId, id } as Modification;
  if (kind === 'move') {
    const p = fields.position;
    const valid = Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x));
    if (!valid || !('position' in old)) {
      report.add('dropped', 'invalid_position', label);
      return undefined;
    }
    const position = [p[0], p[1]] as unknown as LonLat;
    const moved = withChanges(old, { position } as FieldChanges<LayerId>);
    if (problemReason(atlas, moved, label, report)) return undefined;
    return { kind, layerId, id, position } as Modification;
  }
  const next = readEdit(old, layerId, fields, label, report);
  if (!next || problemReason(atlas, next, label, report, old)) return undefined;
  return { kind, layerId, id, changes: changesBetween(old, { ...next, id }) } as Modification;
}
