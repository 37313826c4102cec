// The zod schemas of manifest.json (snake_case in the file, camelCase out). Layer entries and field
// lists are checked one by one (see parseManifest) so one bad entry never sinks the manifest.
import { z } from 'zod';
import { VERIFICATION_LEVELS } from '../domain/atlas';
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import type { PolicyEvent } from '../domain/vintage/policyEvent';

export const MANIFEST_SCHEMA_VERSION = 1;

/** A path relative to the manifest: no scheme, no leading slash, so no request leaves its folder's origin. */
export function isRelativePath(path: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(path) && !path.startsWith('/') && !path.startsWith('\\');
}

const text = z.string().min(1);

export const manifestLayerSchema = z
  .object({
    id: z.enum(LAYER_IDS),
    file: text.refine(isRelativePath, 'must be a path relative to the manifest'),
    feature_count: z.number().int().nonnegative().optional(),
    bytes: z.number().int().nonnegative().optional(),
    licence: z.string().optional(),
    as_of: z.string().optional(),
    vintage: z.string().optional(),
    sources: z.array(z.string()).default([]),
    notes: z.string().optional(),
  })
  .transform(
    (raw): ManifestLayer => ({
    id: raw.id,
    file: raw.file,
    featureCount: raw.feature_count,
    bytes: raw.bytes,
    licence: raw.licence,
    asOf: raw.as_of,
    vintage: raw.vintage,
    sources: raw.sources,
    notes: raw.notes,
  }));

/** One layer file listed by the manifest (`file` is relative to the manifest). */
export interface ManifestLayer {
  readonly id: LayerId;
  readonly file: string;
  readonly featureCount?: number;
  readonly bytes?: number;
  readonly licence?: string;
  readonly asOf?: string;
  /** The year (or years) the layer's figures describe, e.g. `2023` or `2022–2024`. */
  readonly vintage?: string;
  readonly sources: readonly string[];
  readonly notes?: string;
}

export const fieldDescriptorSchema = z
  .object({
    key: text,
    unit: z.string().optional(),
    label: z.string().optional(),
    label_zh: z.string().optional(),
    vintage: z.string().optional(),
    source: z.string().optional(),
  })
  .transform(({ label_zh, ...rest }): FieldDescriptor => ({ ...rest, labelZh: label_zh }));

/** How to display one feature property: its unit, labels and the year and source of its values. */
export interface FieldDescriptor {
  /** The property key as in the file (snake_case). */
  readonly key: string;
  readonly unit?: string;
  readonly label?: string;
  readonly labelZh?: string;
  readonly vintage?: string;
  readonly source?: string;
}

/** Field descriptions per layer; a layer without any is absent. */
export type ManifestFields = Partial<Record<LayerId, readonly FieldDescriptor[]>>;

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const manifestHeadSchema = z
  .object({
    schema_version: z.literal(MANIFEST_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
    name: text,
    name_zh: z.string().optional(),
    edition: z.string().optional(),
    edition_date: z.string().optional(),
    as_of: z.string().optional(),
    bounds: z
      .tuple([lon, lat, lon, lat])
      .refine(([w, s, e, n]) => w < e && s < n, 'must be [west, south, east, north]'),
    attribution: z.string().default(''),
    attribution_zh: z.string().optional(),
    layers: z.array(z.unknown()),
    fields: z.record(z.string(), z.unknown()).default({}),
    policy_events: z.array(z.unknown()).default([]),
  })
  .transform((raw) => ({
    schemaVersion: raw.schema_version,
    id: raw.id,
    name: raw.name,
    nameZh: raw.name_zh,
    edition: raw.edition,
    editionDate: raw.edition_date,
    asOf: raw.as_of,
    /** [west, south, east, north] in degrees. */
    bounds: raw.bounds,
    attribution: raw.attribution,
    attributionZh: raw.attribution_zh,
    rawLayers: raw.layers,
    rawFields: raw.fields,
    rawPolicyEvents: raw.policy_events,
  }));

type ManifestHead = Omit<
  z.infer<typeof manifestHeadSchema>,
  'rawLayers' | 'rawFields' | 'rawPolicyEvents'
>;

export const policyEventSchema = z
  .object({
    id: text,
    date: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be YYYY or YYYY-MM'),
    title: text,
    title_zh: z.string().optional(),
    document: z.string().optional(),
    source: text,
    verified: z.enum(VERIFICATION_LEVELS).optional(),
  })
  .transform(
    (raw): PolicyEvent => ({
      id: raw.id,
      date: raw.date,
      title: { en: raw.title, zh: raw.title_zh ?? raw.title },
      document: raw.document,
      source: raw.source,
      verified: raw.verified,
    }),
  );

/** A checked manifest: every listed layer has a known id, a relative file and a unique id. */
export interface Manifest extends ManifestHead {
  readonly layers: readonly ManifestLayer[];
  readonly fields: ManifestFields;
  /** Dated policy events for the time axis, oldest first (absent in the file: none). */
  readonly policyEvents?: readonly PolicyEvent[];
}
