// Copies untrusted feature properties into prototype-free objects: keys that could reach an object
// prototype are removed, NaN/Infinity values removed, and HTML or script URLs kept as inert text
// but noted (the app renders properties as text only). snake_case keys are left as they are.
import type { Finding } from './cleanGeometry';

export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const HTML = /<\s*\/?\s*[a-z!][^>]*>/i;
const SCRIPT_URL = /(?:^|[\s"'=(])(?:javascript|vbscript)\s*:|data\s*:\s*text\/html/i;

export type CleanProperties = Record<string, unknown>;

interface Context {
  fixes: Finding[];
  notes: Finding[];
}

function record(list: Finding[], reason: Finding['reason'], detail: string): void {
  if (!list.some((finding) => finding.reason === reason)) list.push({ reason, detail });
}

function cleanValue(value: unknown, key: string, ctx: Context): { keep: boolean; value: unknown } {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    record(ctx.fixes, 'non_finite_property_removed', `property "${key}" = ${value}`);
    return { keep: false, value };
  }
  if (typeof value === 'string') {
    if (HTML.test(value)) record(ctx.notes, 'html_in_property', `property "${key}"`);
    if (SCRIPT_URL.test(value)) {
      record(ctx.notes, 'script_url_in_property', `property "${key}"`);
    }
    return { keep: true, value };
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const cleaned = cleanValue(item, key, ctx);
      if (cleaned.keep) items.push(cleaned.value);
    }
    return { keep: true, value: items };
  }
  if (value !== null && typeof value === 'object') {
    return { keep: true, value: copyObject(value as Record<string, unknown>, ctx) };
  }
  return { keep: true, value };
}

function copyObject(source: Record<string, unknown>, ctx: Context): CleanProperties {
  const target = Object.create(null) as CleanProperties;
  for (const key of Object.keys(source)) {
    if (UNSAFE_KEYS.has(key)) {
      record(ctx.fixes, 'unsafe_key_removed', `key "${key}"`);
      continue;
    }
    const cleaned = cleanValue(source[key], key, ctx);
    if (cleaned.keep) target[key] = cleaned.value;
  }
  return target;
}

/** A safe copy of `value` (any JSON value; non-objects give empty properties) and what changed. */
export function cleanProperties(value: unknown): {
  properties: CleanProperties;
  fixes: readonly Finding[];
  notes: readonly Finding[];
} {
  const ctx: Context = { fixes: [], notes: [] };
  const source =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  return { properties: copyObject(source, ctx), ...ctx };
}
