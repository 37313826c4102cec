// Resolves a layer file against the manifest's URL, as a browser resolves a relative link. A
// relative manifest URL stays relative (the page or worker resolves it), so the app works from
// any folder of a static host.
function isAbsoluteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** The URL of `file` (relative to the manifest) given the manifest's URL, absolute or relative. */
export function resolveLayerUrl(manifestUrl: string, file: string): string {
  if (isAbsoluteUrl(manifestUrl)) return new URL(file, manifestUrl).href;
  const path = manifestUrl.replace(/[?#].*$/, '');
  return path.slice(0, path.lastIndexOf('/') + 1) + file;
}
