// Reads a scenario file (or a decompressed share link) tolerantly: the header must name the format,
// a version this app reads and the loaded dataset, else nothing is taken and the report says why;
// each modification is checked on the atlas the ones before it made (readModification), the bad
// ones explained and left out, the rest kept. Never throws.
import type { Atlas } from '../../domain/atlas';
import { applyModification } from '../../domain/scenario/applyModification';
import type { Modification, Scenario } from '../../domain/scenario/modification';
import { createReportBuilder, type ValidationReport } from '../validate/report';
import { readModification } from './readModification';
import { SCENARIO_FILE_VERSION, SCENARIO_FORMAT } from './scenarioFile';

/** A file holds at most this many modifications; more is refused as hostile. */
export const MAX_MODIFICATIONS = 2_000;
const MAX_NAME_CHARS = 120;
const SCENARIO_ID = /^[A-Za-z0-9_-]{1,64}$/;

export interface ScenarioReadContext {
  /** The loaded dataset's manifest id. */
  readonly datasetId: string;
  /** The atlas the scenario applies to (the dataset with any added layers). */
  readonly atlas: Atlas;
}

export interface ScenarioReadResult {
  /** Undefined when the file could not be taken at all (`report.fatal` says why). */
  readonly scenario?: Scenario;
  readonly report: ValidationReport;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A printable name: control characters out, at most MAX_NAME_CHARS. */
function cleanName(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const name = value.replace(/[\p{Cc}\p{Cs}]/gu, '').trim().slice(0, MAX_NAME_CHARS);
  return name === '' ? fallback : name;
}

export function readScenarioFile(json: unknown, context: ScenarioReadContext): ScenarioReadResult {
  const report = createReportBuilder();
  if (!isObject(json) || json.format !== SCENARIO_FORMAT) {
    report.fail('not_a_scenario');
    return { report: report.build(0) };
  }
  if (json.version !== SCENARIO_FILE_VERSION) {
    report.fail('unsupported_scenario_version', {
      version: String(json.version).slice(0, 20),
      supported: SCENARIO_FILE_VERSION,
    });
    return { report: report.build(0) };
  }
  if (json.dataset !== context.datasetId) {
    report.fail('unknown_dataset', {
      dataset: String(json.dataset).slice(0, 60),
      loaded: context.datasetId,
    });
    return { report: report.build(0) };
  }
  const entries = Array.isArray(json.modifications) ? json.modifications : [];
  if (entries.length > MAX_MODIFICATIONS) {
    report.fail('file_too_large', { size: `${entries.length} modifications`, limit: MAX_MODIFICATIONS });
    return { report: report.build(0) };
  }
  let atlas = context.atlas;
  const modifications: Modification[] = [];
  entries.forEach((entry, index) => {
    const modification = readModification(atlas, entry, `modification #${index + 1}`, report);
    if (!modification) return;
    const applied = applyModification(atlas, modification);
    if (!applied.applied) return;
    atlas = applied.atlas;
    modifications.push(modification);
  });
  const id = typeof json.id === 'string' && SCENARIO_ID.test(json.id) ? json.id : undefined;
  const scenario: Scenario = {
    id: id ?? 's-imported',
    name: cleanName(json.name, 'Scenario'),
    datasetId: context.datasetId,
    modifications,
  };
  return { scenario, report: report.build(modifications.length) };
}
