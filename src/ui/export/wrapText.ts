// Breaks text into lines no wider than a width, by words (and by characters for text without
// spaces, e.g. Chinese), using the caller's measure (a canvas's measureText in the app).

/** Lines of `text` each at most `maxWidth` wide by `measure`; a single too-wide char still fits alone. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = text
    .split(/(\s+)/)
    .flatMap((token) => (measure(token) > maxWidth ? [...token] : [token]));
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && measure(candidate.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
