// Reads typed values out of a feature's `properties`. An absent value stays `undefined` (never 0
// or ""); a present value of the wrong type is dropped with a warning that names key and value.
import { describeValue } from './dataIssue';
import { warn, type FeatureContext } from './featureContext';

export type Properties = Readonly<Record<string, unknown>>;

export interface PropertyReader {
  readonly props: Properties;
  /** A finite number, or undefined. Numeric strings are not numbers. */
  number(key: string): number | undefined;
  /** A non-empty string, or undefined. */
  string(key: string): string | undefined;
  boolean(key: string): boolean | undefined;
  /** One of `values`, or undefined when absent or unknown (unknown warns). */
  optionalEnum<T extends string>(key: string, values: readonly T[]): T | undefined;
  /** One of `values`; absent gives `fallback`, unknown gives `fallback` with a warning. */
  enumOr<T extends string>(key: string, values: readonly T[], fallback: T): T;
  /** An array of non-empty strings, or undefined. */
  stringArray(key: string): readonly string[] | undefined;
  /** Exactly two finite numbers, or undefined. */
  numberPair(key: string): readonly [number, number] | undefined;
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function createPropertyReader(props: Properties, ctx: FeatureContext): PropertyReader {
  const wrongType = (key: string, expected: string): undefined => {
    warn(ctx, `${key} is ${describeValue(props[key])}, expected ${expected}; value dropped`);
    return undefined;
  };
  const isOneOf = <T extends string>(value: unknown, values: readonly T[]): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
  const reader: PropertyReader = {
    props,
    number(key) {
      const value = props[key];
      if (!isPresent(value)) return undefined;
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      return wrongType(key, 'a number');
    },
    string(key) {
      const value = props[key];
      if (!isPresent(value) || value === '') return undefined;
      if (typeof value === 'string') return value;
      return wrongType(key, 'a string');
    },
    boolean(key) {
      const value = props[key];
      if (!isPresent(value)) return undefined;
      if (typeof value === 'boolean') return value;
      return wrongType(key, 'true or false');
    },
    optionalEnum(key, values) {
      const value = props[key];
      if (!isPresent(value)) return undefined;
      if (isOneOf(value, values)) return value;
      return wrongType(key, `one of ${values.join(' | ')}`);
    },
    enumOr(key, values, fallback) {
      const value = props[key];
      if (!isPresent(value)) return fallback;
      if (isOneOf(value, values)) return value;
      warn(
        ctx,
        `${key} is ${describeValue(value)}, expected one of ${values.join(' | ')}; read as '${fallback}'`,
      );
      return fallback;
    },
    stringArray(key) {
      const value = props[key];
      if (!isPresent(value)) return undefined;
      if (Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '')) {
        return value as readonly string[];
      }
      return wrongType(key, 'an array of strings');
    },
    numberPair(key) {
      const value = props[key];
      if (!isPresent(value)) return undefined;
      if (
        Array.isArray(value) &&
        value.length === 2 &&
        value.every((item) => typeof item === 'number' && Number.isFinite(item))
      ) {
        return [value[0] as number, value[1] as number];
      }
      return wrongType(key, 'two numbers [start, end]');
    },
  };
  return reader;
}
