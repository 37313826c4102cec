// Turns CSV cells into typed values. An empty cell is absent (undefined), never 0 or ''.

/** The cell as text, or undefined when empty. */
export function optionalText(cell: string | undefined): string | undefined {
  const text = cell?.trim() ?? '';
  return text === '' ? undefined : text;
}

/** The cell as a finite number, undefined when empty; throws on text that is not a number. */
export function optionalNumber(cell: string | undefined, label = 'cell'): number | undefined {
  const text = optionalText(cell);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`${label}: "${text}" is not a number`);
  return value;
}

/** The cell as an integer year, undefined when empty or not a plain four-digit year (e.g. "1990s"). */
export function optionalYear(cell: string | undefined): number | undefined {
  const text = optionalText(cell);
  return text !== undefined && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** The cell as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), undefined when empty; throws on other text. */
export function optionalIsoDate(cell: string | undefined, label = 'cell'): string | undefined {
  const text = optionalText(cell);
  if (text === undefined) return undefined;
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text))
    throw new Error(`${label}: "${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return text;
}

/** The cell as a number that must be present. */
export function requiredNumber(cell: string | undefined, label: string): number {
  const value = optionalNumber(cell, label);
  if (value === undefined) throw new Error(`${label}: required number is empty`);
  return value;
}

/** The cell as text that must be present. */
export function requiredText(cell: string | undefined, label: string): string {
  const text = optionalText(cell);
  if (text === undefined) throw new Error(`${label}: required text is empty`);
  return text;
}

/** True when the cell says "yes". */
export function isYes(cell: string | undefined): boolean {
  return optionalText(cell)?.toLowerCase() === 'yes';
}

/** Splits a `;`-separated cell into its non-empty trimmed parts. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
