// Checks manifest.json. The head (version, id, name, bounds) must be right or the manifest fails;
// a bad or unknown layer entry is skipped with an error, a bad field description or policy event
// with a warning.
import { isLayerId, LAYER_IDS, type LayerId } from '../domain/layerFamilies';
import type { PolicyEvent } from '../domain/vintage/policyEvent';
import { describeValue, errorIssue, warningIssue, type DataIssue } from './dataIssue';
import { formatZodIssues } from './formatZodIssues';
import {
  fieldDescriptorSchema,
  manifestHeadSchema,
  manifestLayerSchema,
  MANIFEST_SCHEMA_VERSION,
  policyEventSchema,
  type FieldDescriptor,
  type Manifest,
  type ManifestFields,
  type ManifestLayer,
} from './manifestSchema';

/** A known layer whose manifest entry is unusable (e.g. a bad file path): shown as failed. */
export interface RejectedLayer {
  readonly layerId: LayerId;
  readonly issues: readonly DataIssue[];
}

export type ParseManifestResult =
  | {
      readonly ok: true;
      readonly manifest: Manifest;
      /** Problems that concern no single known layer (unknown ids, repeats, field lists). */
      readonly issues: readonly DataIssue[];
      readonly rejectedLayers: readonly RejectedLayer[];
    }
  | { readonly ok: false; readonly message: string };

function readLayers(
  rawLayers: readonly unknown[],
  label: string,
  issues: DataIssue[],
  rejectedLayers: RejectedLayer[],
) {
  const layers: ManifestLayer[] = [];
  rawLayers.forEach((raw, index) => {
    const where = `${label} layers[${index}]`;
    const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
    if (!isLayerId(id)) {
      const expected = LAYER_IDS.join(', ');
      issues.push(
        errorIssue(`${where}: unknown layer id ${describeValue(id)} (expected one of ${expected}); layer skipped`),
      );
      return;
    }
    const parsed = manifestLayerSchema.safeParse(raw);
    if (!parsed.success) {
      const messages = formatZodIssues(parsed.error, where);
      rejectedLayers.push({ layerId: id, issues: messages.map((m) => errorIssue(`${m}; layer skipped`)) });
    } else if (layers.some((layer) => layer.id === id)) {
      issues.push(errorIssue(`${where}: layer ${id} is listed twice; the later entry is skipped`));
    } else {
      layers.push(parsed.data);
    }
  });
  return layers;
}

function readFields(rawFields: Readonly<Record<string, unknown>>, label: string, issues: DataIssue[]) {
  const fields: ManifestFields = {};
  for (const [layerId, list] of Object.entries(rawFields)) {
    const where = `${label} fields.${layerId}`;
    if (!isLayerId(layerId)) {
      issues.push(warningIssue(`${where}: unknown layer id; ignored`));
    } else if (!Array.isArray(list)) {
      issues.push(warningIssue(`${where}: is not an array; ignored`));
    } else {
      fields[layerId] = list.flatMap((raw, index): FieldDescriptor[] => {
        const parsed = fieldDescriptorSchema.safeParse(raw);
        if (parsed.success) return [parsed.data];
        const messages = formatZodIssues(parsed.error, `${where}[${index}]`);
        messages.forEach((m) => issues.push(warningIssue(`${m}; description ignored`)));
        return [];
      });
    }
  }
  return fields;
}

function readPolicyEvents(raw: readonly unknown[], label: string, issues: DataIssue[]) {
  const events = raw.flatMap((entry, index): PolicyEvent[] => {
    const parsed = policyEventSchema.safeParse(entry);
    if (parsed.success) return [parsed.data];
    const messages = formatZodIssues(parsed.error, `${label} policy_events[${index}]`);
    messages.forEach((m) => issues.push(warningIssue(`${m}; event ignored`)));
    return [];
  });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/** Checks a parsed manifest.json; `label` names the file in messages. Never throws. */
export function parseManifest(json: unknown, label = 'manifest.json'): ParseManifestResult {
  const version = (json as { schema_version?: unknown } | null)?.schema_version;
  if (version !== undefined && version !== MANIFEST_SCHEMA_VERSION) {
    const message = `${label}: schema_version ${describeValue(version)} is not supported (this app reads ${MANIFEST_SCHEMA_VERSION})`;
    return { ok: false, message };
  }
  const head = manifestHeadSchema.safeParse(json);
  if (!head.success) {
    return { ok: false, message: formatZodIssues(head.error, label).join('\n') };
  }
  const { rawLayers, rawFields, rawPolicyEvents, ...rest } = head.data;
  const issues: DataIssue[] = [];
  const rejectedLayers: RejectedLayer[] = [];
  const layers = readLayers(rawLayers, label, issues, rejectedLayers);
  const fields = readFields(rawFields, label, issues);
  const policyEvents = readPolicyEvents(rawPolicyEvents, label, issues);
  const manifest: Manifest = { ...rest, layers, fields, policyEvents };
  return { ok: true, manifest, issues, rejectedLayers };
}
