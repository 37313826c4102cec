// The one shape of a problem found while loading a dataset: an error drops something (a feature,
// a layer, the manifest), a warning keeps the item but drops or replaces one value.
export const ISSUE_SEVERITIES = ['error', 'warning'] as const;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

export interface DataIssue {
  readonly severity: IssueSeverity;
  /** A sentence a person can act on, naming the file, feature or property at fault. */
  readonly message: string;
}

export function errorIssue(message: string): DataIssue {
  return { severity: 'error', message };
}

export function warningIssue(message: string): DataIssue {
  return { severity: 'warning', message };
}

/** A value as it appears in a message: strings quoted, long values cut short. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
