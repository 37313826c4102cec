// The site finder's exports: candidates and cells as CSV and GeoJSON, each with every criterion's
// raw value, the weights, masks and preset used, and the sources and licences named.
import Papa from 'papaparse';
import { CRITERIA } from '../../domain/sites/criteria';
import { CELL_STATUSES } from '../../domain/sites/scoreCells';
import type { SiteAnalysis } from '../../domain/sites/siteAnalysis';
import { sourceLines, type ExportSources } from '../export/exportSources';

const round = (value: number, decimals = 4) =>
  Number.isNaN(value) ? null : Math.round(value * 10 ** decimals) / 10 ** decimals;

/** What was used, as comment lines and as GeoJSON metadata. */
export function methodOf(sites: SiteAnalysis) {
  const s = sites.settings;
  return {
    preset: s.preset,
    resolution: s.resolution,
    percentile: s.percentile,
    generation_radius_km: s.generationRadiusKm,
    weights: Object.fromEntries(sites.cells.terms.map((term) => [term.id, round(term.weight)])),
    penalties: s.penalties,
    masks: s.masks.map((m) => ({
      criterion: m.id,
      comparison: CRITERIA.find((c) => c.id === m.id)?.mask?.comparison,
      threshold: m.threshold,
    })),
    formula: 'score = 100 × Σ w_c · s_c / Σ w_c (s_c = 1 − suitability for a penalty); masks first',
  };
}

function footer(sites: SiteAnalysis, sources: ExportSources): string {
  const lines = [`Method: ${JSON.stringify(methodOf(sites))}`, ...sourceLines(sources)];
  return lines.map((line) => `# ${line.replace(/\n/g, ' ')}`).join('\n');
}

function candidateRecords(sites: SiteAnalysis) {
  return sites.candidates.map((c) => ({
    rank: c.rank,
    id: c.id,
    near: c.place?.name ?? '',
    near_km: c.place ? round(c.place.distanceKm, 1) : null,
    region_id: c.regionId,
    score: round(c.score, 2),
    area_km2: round(c.areaKm2, 0),
    cells: c.cells.length,
    lon: round(c.centre[0]),
    lat: round(c.centre[1]),
    rank_p5: c.rankRange.p5,
    rank_p95: c.rankRange.p95,
    top10_share: round(c.rankRange.topShare, 3),
    top_signals: c.topSignals.join(' '),
    ...Object.fromEntries(CRITERIA.map((cr) => [cr.id, round(c.rawMeans[cr.id])])),
  }));
}

function cellRecords(sites: SiteAnalysis) {
  const { grid, cells, values } = sites;
  return grid.cellIds.map((id, i) => ({
    h3: id,
    region_id: grid.regionIds[grid.regionIndex[i]!]!,
    lon: round(grid.lons[i]!),
    lat: round(grid.lats[i]!),
    area_km2: round(grid.areaKm2[i]!, 2),
    status: CELL_STATUSES[cells.status[i]!],
    score: round(cells.scores[i]!, 2),
    ...Object.fromEntries(CRITERIA.map((c) => [c.id, round(values[c.id][i]!)])),
  }));
}

export function candidatesCsv(sites: SiteAnalysis, sources: ExportSources): string {
  return `${Papa.unparse(candidateRecords(sites))}\n${footer(sites, sources)}\n`;
}

export function cellsCsv(sites: SiteAnalysis, sources: ExportSources): string {
  return `${Papa.unparse(cellRecords(sites))}\n${footer(sites, sources)}\n`;
}

function collection(features: unknown[], sites: SiteAnalysis, sources: ExportSources) {
  return JSON.stringify({
    type: 'FeatureCollection',
    metadata: {
      method: methodOf(sites),
      ...sources,
      units: Object.fromEntries(CRITERIA.map((c) => [c.id, c.unit.en])),
    },
    features,
  });
}

export function candidatesGeoJson(sites: SiteAnalysis, sources: ExportSources): string {
  const records = candidateRecords(sites);
  const features = sites.candidates.map((c, k) => ({
    type: 'Feature',
    properties: records[k],
    geometry: c.outline.length
      ? { type: 'Polygon', coordinates: c.outline }
      : { type: 'Point', coordinates: c.centre },
  }));
  return collection(features, sites, sources);
}

export function cellsGeoJson(sites: SiteAnalysis, sources: ExportSources): string {
  const { grid } = sites;
  const records = cellRecords(sites);
  const features = records.map((properties, i) => {
    const ring: number[][] = [];
    for (let v = grid.outlineStart[i]!; v < grid.outlineStart[i + 1]!; v++)
      ring.push([round(grid.outline[2 * v]!, 5)!, round(grid.outline[2 * v + 1]!, 5)!]);
    return {
      type: 'Feature',
      properties,
      geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
    };
  });
  return collection(features, sites, sources);
}
