// Fetches a file as text through an injected fetch, turning network failures and HTTP errors into
// a reason instead of a throw. Uses only fetch/Response, so it runs in a Web Worker and in node.

/** The part of `Response` the loader uses; a real `Response` fits. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The part of `fetch` the loader uses; the global `fetch` fits. */
export type FetchFn = (url: string, init?: { signal?: AbortSignal }) => Promise<FetchResponse>;

export type FetchTextResult =
  | { readonly ok: true; readonly text: string; readonly bytes: number }
  | { readonly ok: false; readonly reason: string };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The body of `url` as UTF-8 text and its size in bytes, or why it could not be had. */
export async function fetchText(
  fetchFn: FetchFn,
  url: string,
  signal?: AbortSignal,
): Promise<FetchTextResult> {
  let response: FetchResponse;
  try {
    response = await fetchFn(url, signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: `could not be fetched (${reasonOf(error)})` };
  }
  if (!response.ok) {
    const status = `${response.status} ${response.statusText}`.trim();
    return { ok: false, reason: `could not be fetched (HTTP ${status})` };
  }
  try {
    const buffer = await response.arrayBuffer();
    return { ok: true, text: new TextDecoder().decode(buffer), bytes: buffer.byteLength };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: `could not be read (${reasonOf(error)})` };
  }
}

/** Parses JSON text, or says why not. */
export function parseJsonText(
  text: string,
): { ok: true; json: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `is not valid JSON (${reasonOf(error)})` };
  }
}
