// TeleGeography cable-geo.json → fibre_routes (kind submarine). Routes are marked approx: the map
// draws cables schematically, not along surveyed paths. Features sharing a slug are merged into one
// MultiLineString. Names come from cable/all.json when given as the companion, else from the slug.
import { createReportBuilder } from '../validate/report';
import { finishImport, parseJsonOrFail, refuseOversize } from './finishImport';
import type { Importer } from './importerTypes';
import {
  groupBySlug,
  humaniseSlug,
  sampleFeatures,
  TELEGEOGRAPHY_ATTRIBUTION,
  TELEGEOGRAPHY_LICENCE,
  TELEGEOGRAPHY_SITE,
  type SluggedFeature,
} from './telegeography';

function cableNames(companionText: string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  try {
    const list: unknown = companionText ? JSON.parse(companionText) : [];
    for (const item of Array.isArray(list) ? list : []) {
      const { id, name } = (item ?? {}) as { id?: unknown; name?: unknown };
      if (typeof id === 'string' && typeof name === 'string') names.set(id, name);
    }
  } catch {
    names.clear();
  }
  return names;
}

/** All lines of a cable's features as one list of paths. */
function mergedLines(group: readonly SluggedFeature[]): unknown[] {
  return group.flatMap((feature) => {
    const { type, coordinates } = feature?.geometry ?? {};
    if (type === 'LineString') return [coordinates];
    return type === 'MultiLineString' && Array.isArray(coordinates) ? coordinates : [coordinates];
  });
}

export const telegeographyCables: Importer = {
  id: 'telegeography_cables',
  label: { en: 'TeleGeography submarine cables (cable-geo.json)', zh: 'TeleGeography 海底光缆' },
  input: 'json',
  layerId: 'fibre_routes',
  detect: (json) =>
    sampleFeatures(json, ['slug', 'color'])?.every((f) =>
      ['LineString', 'MultiLineString'].includes(String(f?.geometry?.type)),
    ) ?? false,
  import(text, options = {}) {
    const report = createReportBuilder();
    const json = refuseOversize(text, report, options.maxBytes) ? undefined : parseJsonOrFail(text, report);
    const raw = (json as { features?: unknown } | undefined)?.features;
    const names = cableNames(options.companionText);
    if (Array.isArray(raw) && names.size === 0) {
      report.warn('Cable names were made from the slugs; add cable/all.json for the proper names.');
    }
    const features: unknown[] = [];
    for (const [slug, group] of groupBySlug(Array.isArray(raw) ? raw : [])) {
      if (group.length > 1) {
        report.add('fixed', 'duplicates_merged', `cable ${slug}: ${group.length} features merged`);
      }
      const properties = {
        ...(slug ? { id: slug } : {}),
        name: names.get(slug) ?? humaniseSlug(slug),
        kind: 'submarine',
        source: `TeleGeography Submarine Cable Map, ${TELEGEOGRAPHY_SITE}/submarine-cable/${slug}`,
        approx: true,
      };
      const geometry = { type: 'MultiLineString', coordinates: mergedLines(group) };
      features.push({ type: 'Feature', geometry, properties });
    }
    return finishImport(
      features,
      {
        layerId: 'fibre_routes',
        geometry: 'line',
        licence: TELEGEOGRAPHY_LICENCE,
        attribution: TELEGEOGRAPHY_ATTRIBUTION,
      },
      report,
    );
  },
};
