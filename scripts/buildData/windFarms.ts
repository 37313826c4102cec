// china_wind_phases.csv (GEM Global Wind Power Tracker, June 2024, CC BY 4.0) → one Point per GEM
// phase, id = GEM phase id, GEM's vocabulary mapped to snake_case through tables (an unknown value
// fails the build), empty cells left out. region_id is GEM's province; windRegions.ts checks it.
import type { Point } from 'geojson';
import { optionalText, optionalYear, requiredNumber, requiredText } from './cells';
import { commonProperties } from './commonProperties';
import { compact } from './compact';
import type { CsvRow } from './csv';
import { featureYears, startFromYear } from './featureYears';
import { pointFeature, type AtlasFeature } from './geometry';

/** GEM status → schema status, and whether GEM inferred it (no news for 2 or 4 years). */
const STATUSES: Readonly<Record<string, readonly [status: string, inferred: boolean]>> = {
  operating: ['operating', false],
  construction: ['construction', false],
  'pre-construction': ['pre_construction', false],
  announced: ['announced', false],
  shelved: ['shelved', false],
  'shelved - inferred 2 y': ['shelved', true],
  cancelled: ['cancelled', false],
  'cancelled - inferred 4 y': ['cancelled', true],
  retired: ['retired', false],
};

const INSTALLATIONS: Readonly<Record<string, string>> = {
  onshore: 'onshore',
  offshore: 'offshore',
};
const MOUNTS: Readonly<Record<string, string>> = {
  'hard mount': 'hard_mount',
  floating: 'floating',
};
const ACCURACY: Readonly<Record<string, boolean>> = { exact: false, approximate: true };

/** Looks a cell up in a vocabulary table; empty stays undefined, an unknown word throws. */
function mapped<T>(table: Readonly<Record<string, T>>, cell: string | undefined, where: string) {
  const text = optionalText(cell);
  if (text === undefined) return undefined;
  const value = table[text];
  if (value === undefined) throw new Error(`${where}: unknown value "${text}"`);
  return value;
}

/** true for "yes", absent when empty; anything else throws. */
function flag(cell: string | undefined, where: string): true | undefined {
  return mapped({ yes: true as const }, cell, where);
}

/** Project name, with the phase when GEM names one (a phase without letters or digits is none). */
export function phaseName(project: string, phase: string | undefined): string {
  const text = optionalText(phase);
  if (text === undefined || !/[\p{L}\p{N}]/u.test(text)) return project;
  return /phase/i.test(text) ? `${project} (${text})` : `${project} (phase ${text})`;
}

/** One Point per row, in row order; region_id is GEM's iso_code, not yet checked. GEM's
 * `retired_year` is written as `retire_year`, the name every layer uses. */
export function buildWindFarms(rows: readonly CsvRow[]): AtlasFeature<Point>[] {
  return rows.map((row) => {
    const id = requiredText(row.gem_phase_id, 'wind gem_phase_id');
    const where = `wind ${id}`;
    const status = mapped(STATUSES, requiredText(row.status, `${where} status`), `${where} status`);
    const approx = mapped(ACCURACY, row.location_accuracy, `${where} location_accuracy`);
    if (status === undefined || approx === undefined)
      throw new Error(`${where}: status and location_accuracy are required`);
    const qaNote = optionalText(row.qa_note);
    const properties = {
      ...commonProperties({
        id,
        name: phaseName(requiredText(row.project_name, `${where} project_name`), row.phase),
        nameZh: row.project_name_local,
        source: requiredText(row.gem_wiki_url, `${where} gem_wiki_url`),
        approx,
        regionId: requiredText(row.iso_code, `${where} iso_code`),
      }),
      ...compact({
        status: status[0],
        status_inferred: status[1] ? true : undefined,
        capacity_mw: requiredNumber(row.capacity_mw, `${where} capacity_mw`),
        installation: mapped(INSTALLATIONS, row.installation_type, `${where} installation_type`),
        offshore_mount: mapped(MOUNTS, row.offshore_mount, `${where} offshore_mount`),
        ...featureYears(startFromYear(row.start_year), optionalYear(row.retired_year)),
        owner: optionalText(row.owner),
        owner_zh: optionalText(row.owner_local),
        operator: optionalText(row.operator),
        gem_location_id: requiredText(row.gem_location_id, `${where} gem_location_id`),
        hydrogen: flag(row.hydrogen, `${where} hydrogen`),
        below_threshold: flag(row.below_threshold, `${where} below_threshold`),
        qa_flagged: qaNote === undefined ? undefined : true,
        qa_note: qaNote,
      }),
    };
    return pointFeature(
      properties,
      requiredNumber(row.lon, `${where} lon`),
      requiredNumber(row.lat, `${where} lat`),
    );
  });
}
