// Saves a Blob as a file through an object URL and a temporary <a download>; the URL is revoked
// shortly after the click has started the download.
const REVOKE_AFTER_MS = 1000;

export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `compute-atlas-<what>-<dataset>-<YYYY-MM-DD>.<ext>`, safe as a file name anywhere. */
export function exportFileName(what: string, datasetId: string, date: Date, ext: string): string {
  const safe = (text: string) => text.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `compute-atlas-${safe(what)}-${safe(datasetId) || 'dataset'}-${date.toISOString().slice(0, 10)}.${ext}`;
}
