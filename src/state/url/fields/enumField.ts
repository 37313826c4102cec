// A field that takes one of a few values, each written as a short code from a table.
import type { Bilingual } from '../../../domain/lang';
import type { FieldCodec } from '../fieldCodec';
import type { ShareableField, ShareableState } from '../shareableState';

type EnumField = {
  [F in ShareableField]: ShareableState[F] extends string ? F : never;
}[ShareableField];

/** A codec for a string-union field; codes must be unique and URL-safe. */
export function enumField<F extends EnumField>(
  field: F,
  key: string,
  label: Bilingual,
  codes: Readonly<Record<ShareableState[F] & string, string>>,
): FieldCodec<F> {
  const entries = Object.entries(codes) as [ShareableState[F] & string, string][];
  return {
    field,
    key,
    label,
    parse: (text) => {
      const found = entries.find(([, code]) => code === text);
      return found ? { value: found[0], issues: [] } : undefined;
    },
    normalise: (value) => ({ value, issues: [] }),
    format: (value) => codes[value as ShareableState[F] & string],
  };
}
