/** Makes a `switch` over a union exhaustive: the compiler rejects a missing case. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
