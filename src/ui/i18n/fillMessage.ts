// Message templates with named placeholders: "{count} features" and { count: 3 } → "3 features".

/** The template with each `{name}` replaced by `values[name]` (left as is when absent). */
export function fillMessage(
  template: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
