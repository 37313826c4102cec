// TeleGeography landing-point-geo.json → network_nodes (kind landing_station). Positions are the
// named town, not the station itself, so they are marked approx. The file repeats some landing
// points under one slug (once per cable); the first is kept and the repeats reported as merged.
import { createReportBuilder } from '../validate/report';
import { finishImport, parseJsonOrFail, refuseOversize } from './finishImport';
import type { Importer } from './importerTypes';
import {
  groupBySlug,
  sampleFeatures,
  TELEGEOGRAPHY_ATTRIBUTION,
  TELEGEOGRAPHY_LICENCE,
  TELEGEOGRAPHY_SITE,
} from './telegeography';

export const telegeographyLandingPoints: Importer = {
  id: 'telegeography_landing_points',
  label: { en: 'TeleGeography landing points (landing-point-geo.json)', zh: 'TeleGeography 登陆站' },
  input: 'json',
  layerId: 'network_nodes',
  detect: (json) =>
    sampleFeatures(json, ['slug', 'name', 'id'])?.every((f) => f?.geometry?.type === 'Point') ??
    false,
  import(text, options = {}) {
    const report = createReportBuilder();
    const json = refuseOversize(text, report, options.maxBytes) ? undefined : parseJsonOrFail(text, report);
    const raw = (json as { features?: unknown } | undefined)?.features;
    const features: unknown[] = [];
    for (const [slug, group] of groupBySlug(Array.isArray(raw) ? raw : [])) {
      const [first] = group;
      if (group.length > 1) {
        report.add('fixed', 'duplicates_merged', `landing point ${slug}: ${group.length} records`);
      }
      const name = first?.properties?.name;
      const properties = {
        ...(slug ? { id: slug } : {}),
        name: typeof name === 'string' ? name : slug,
        kind: 'landing_station',
        source: `TeleGeography Submarine Cable Map, ${TELEGEOGRAPHY_SITE}/landing-point/${slug}`,
        approx: true,
      };
      features.push({ type: 'Feature', geometry: first?.geometry ?? null, properties });
    }
    return finishImport(
      features,
      {
        layerId: 'network_nodes',
        geometry: 'point',
        licence: TELEGEOGRAPHY_LICENCE,
        attribution: TELEGEOGRAPHY_ATTRIBUTION,
      },
      report,
    );
  },
};
