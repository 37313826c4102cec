// The scenario in a share link: its file (scenarioFile.ts) as JSON, deflate-raw compressed
// (CompressionStream) and written base64url after a version prefix, `1.` + text. Decoding is
// tolerant: any text gives a result, never a throw, and output is capped against zip bombs.
import { SCENARIO_FILE_VERSION, toScenarioFile } from './scenarioFile';
import type { Scenario } from '../../domain/scenario/modification';

/** Longest link text produced: with the rest of a link, links stay under ~8,000 characters. */
export const MAX_LINK_TEXT_CHARS = 7_000;
/** Decompressed JSON larger than this is refused (a few thousand modifications fit). */
export const MAX_DECOMPRESSED_BYTES = 2_000_000;

const PREFIX = `${SCENARIO_FILE_VERSION}.`;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export type LinkDecodeResult =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly reason: 'version' | 'encoding' | 'compression' | 'too_large' | 'json' };

export type LinkEncodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too_long'; readonly chars: number };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max: number) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The link text of a scenario, or why there is none (too long: export the file instead). */
export async function encodeScenarioLink(scenario: Scenario): Promise<LinkEncodeResult> {
  const json = new TextEncoder().encode(JSON.stringify(toScenarioFile(scenario)));
  const compressed = await pipe(json, new CompressionStream('deflate-raw'), Infinity);
  const text = PREFIX + toBase64Url(compressed!);
  return text.length > MAX_LINK_TEXT_CHARS
    ? { ok: false, reason: 'too_long', chars: text.length }
    : { ok: true, text };
}

/** The scenario file JSON a link text holds (not yet checked: see readScenarioFile). */
export async function decodeScenarioLink(text: string): Promise<LinkDecodeResult> {
  if (!text.startsWith(PREFIX)) return { ok: false, reason: 'version' };
  const body = text.slice(PREFIX.length);
  if (!BASE64URL.test(body) || body.length % 4 === 1) return { ok: false, reason: 'encoding' };
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(body);
  } catch {
    return { ok: false, reason: 'encoding' };
  }
  let inflated: Uint8Array | undefined;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECOMPRESSED_BYTES);
  } catch {
    return { ok: false, reason: 'compression' };
  }
  if (!inflated) return { ok: false, reason: 'too_large' };
  try {
    return { ok: true, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)) };
  } catch {
    return { ok: false, reason: 'json' };
  }
}
