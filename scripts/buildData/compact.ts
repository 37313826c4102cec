// Drops undefined values from a properties object, keeping the insertion order of the rest,
// so absent facts are left out of the files rather than written as null, 0 or "".

export type Properties = Record<string, unknown>;

/** A copy of the object without its undefined entries, in the same key order. */
export function compact(properties: Properties): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== undefined) out[key] = value;
  }
  return out;
}
