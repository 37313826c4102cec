// The site finder as `sf=PRESET;RES;PCT;R;FLAGS;WEIGHTS;MASKS[;CELL[;AREA]]`: preset code (e East
// Data West Computing, t AI training, i inference), resolution 5 or 6, candidate percentile 50–99,
// R in km, flag r = robust only, then weights and masks (siteSections.ts), the selected H3 cell and
// the region id the grid covers (absent: the whole country).
// Absent = the site finder is off. Unknown criteria are dropped, absurd numbers clamped.
import { SITE_RESOLUTIONS, type SiteResolution } from '../../../domain/sites/hexGrid';
import { SITE_PRESET_IDS, type SitePresetId } from '../../../domain/sites/sitePresets';
import {
  GENERATION_RADIUS_RANGE_KM,
  PERCENTILE_RANGE,
  type SiteSettings,
} from '../../../domain/sites/siteSettings';
import type { FieldCodec } from '../fieldCodec';
import { fitToBounds, parseBounded, type Bounds } from './bounded';
import {
  formatMasks,
  formatWeights,
  issuesOf,
  normaliseCriteria,
  parseMasks,
  parseWeights,
  type Issues,
} from './siteSections';

const PRESET_CODES: Readonly<Record<SitePresetId, string>> = {
  east_west: 'e',
  ai_training: 't',
  inference: 'i',
};
const PERCENTILE: Bounds = { min: PERCENTILE_RANGE[0], max: PERCENTILE_RANGE[1], decimals: 0 };
const RADIUS: Bounds = {
  min: GENERATION_RADIUS_RANGE_KM[0],
  max: GENERATION_RADIUS_RANGE_KM[1],
  decimals: 0,
};
const H3_CELL = /^[0-9a-f]{15}$/;
/** A region id as datasets write them (e.g. CN-GZ); which ones exist is the dataset's to say. */
const REGION_ID = /^[A-Za-z0-9_-]{1,24}$/;

const presetOfCode = (code: string) => SITE_PRESET_IDS.find((id) => PRESET_CODES[id] === code);

function parse(text: string) {
  const [
    code = '',
    res = '',
    pct = '',
    radius = '',
    flags = '',
    weights = '',
    masks = '',
    cell,
    area,
    ...rest
  ] = text.split(';');
  const preset = presetOfCode(code);
  const resolution = parseBounded(res);
  const percentile = parseBounded(pct);
  const radiusKm = parseBounded(radius);
  if (!preset || resolution === undefined || percentile === undefined || radiusKm === undefined)
    return undefined;
  if (rest.length > 0) return undefined;
  const issues: Issues = { dropped: false, clamped: false };
  const parsed = parseWeights(weights, issues);
  const near = SITE_RESOLUTIONS.reduce((a, b) =>
    Math.abs(b - resolution) < Math.abs(a - resolution) ? b : a,
  );
  if (near !== resolution) issues.clamped = true;
  const goodCell = cell !== undefined && H3_CELL.test(cell);
  if (cell !== undefined && cell !== '' && !goodCell) issues.dropped = true;
  const goodArea = area !== undefined && REGION_ID.test(area);
  if (area !== undefined && area !== '' && !goodArea) issues.dropped = true;
  const value: SiteSettings = {
    preset,
    ...parsed,
    masks: parseMasks(masks, issues),
    resolution: near as SiteResolution,
    ...(goodArea ? { area } : {}),
    percentile,
    generationRadiusKm: radiusKm,
    robustOnly: flags.includes('r'),
    ...(goodCell ? { selectedCell: cell } : {}),
  };
  return { value, issues: issuesOf(issues) };
}

function normalise(settings: SiteSettings | null) {
  if (settings === null) return { value: null, issues: [] };
  const issues: Issues = { dropped: false, clamped: false };
  const criteria = normaliseCriteria(settings.weights, settings.penalties, settings.masks, issues);
  const fit = (value: number, bounds: Bounds) => {
    const result = fitToBounds(value, bounds);
    issues.clamped ||= result.clamped;
    return result.value;
  };
  const cell = settings.selectedCell;
  const area = settings.area;
  if (area !== undefined && !REGION_ID.test(area)) issues.dropped = true;
  const value: SiteSettings = {
    preset: settings.preset,
    ...criteria,
    resolution: SITE_RESOLUTIONS.includes(settings.resolution) ? settings.resolution : 5,
    ...(area !== undefined && REGION_ID.test(area) ? { area } : {}),
    percentile: fit(settings.percentile, PERCENTILE),
    generationRadiusKm: fit(settings.generationRadiusKm, RADIUS),
    robustOnly: settings.robustOnly === true,
    ...(cell !== undefined && H3_CELL.test(cell) ? { selectedCell: cell } : {}),
  };
  return { value, issues: issuesOf(issues) };
}

function format(settings: SiteSettings | null): string | undefined {
  if (settings === null) return undefined;
  const sections = [
    PRESET_CODES[settings.preset],
    String(settings.resolution),
    String(settings.percentile),
    String(settings.generationRadiusKm),
    settings.robustOnly ? 'r' : '',
    formatWeights(settings.weights, settings.penalties),
    formatMasks(settings.masks),
    settings.selectedCell ?? '',
    settings.area ?? '',
  ];
  while (sections.length > 7 && sections.at(-1) === '') sections.pop();
  return sections.join(';');
}

export const sitesField: FieldCodec<'siteFinder'> = {
  field: 'siteFinder',
  key: 'sf',
  label: { en: 'site finder', zh: '选址设置' },
  parse,
  normalise,
  format,
};
