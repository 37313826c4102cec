// Turns zod issues into short sentences with a JSON-like path, e.g. "layers[2].file: …".
import type { z } from 'zod';

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One line per issue, each prefixed with `prefix` and the path of the offending value. */
export function formatZodIssues(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return `${prefix}${path === '' ? '' : ` ${path}`}: ${issue.message}`;
  });
}
