// An atlas as UTF-8 JSON bytes in an ArrayBuffer: the load worker encodes it once and the buffer is
// transferred (not copied) through the main thread to the compute worker, which decodes it. The
// main thread so never serialises or copies the records on their way to the score.
import type { Atlas } from '../domain/atlas';

export function encodeAtlasJson(atlas: Atlas): ArrayBuffer {
  const bytes = new TextEncoder().encode(JSON.stringify(atlas));
  return bytes.buffer.byteLength === bytes.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

export function decodeAtlasJson(json: ArrayBuffer): Atlas {
  return JSON.parse(new TextDecoder().decode(json)) as Atlas;
}
