// Size limits, checked before anything is parsed so a huge file is refused at once.
// The UI can call `checkSize(file.size, …)` before it even reads the file.

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** UTF-8 length of a string in bytes, without allocating an encoded copy. */
export function utf8ByteLength(text: string, stopAfterBytes = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfterBytes; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Undefined when `byteLength` is within `maxBytes`, else the params of a `file_too_large` message. */
export function checkSize(
  byteLength: number,
  maxBytes: number,
): { size: string; limit: string } | undefined {
  return byteLength > maxBytes
    ? { size: formatBytes(byteLength), limit: formatBytes(maxBytes) }
    : undefined;
}

/**
 * Size check on text. UTF-8 bytes are never fewer than UTF-16 units, so text longer than the limit
 * fails at once, its length standing in for the size (a lower bound; `file.size` is exact).
 */
export function checkTextSize(text: string, maxBytes: number) {
  if (text.length > maxBytes) return checkSize(text.length, maxBytes);
  if (text.length * 3 <= maxBytes) return undefined;
  return checkSize(utf8ByteLength(text, maxBytes), maxBytes);
}
