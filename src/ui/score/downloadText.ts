// Saves text as a file through a Blob, an object URL and a temporary <a download>. The byte-order
// mark lets spreadsheet programs read UTF-8 (Chinese names) correctly.
const REVOKE_AFTER_MS = 1000;

export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
