// Building blocks for the arguments of one constraint in a link: bounded thresholds, members of a
// fixed set, and free-text names. Each parses text, normalises a value and formats it back.
import type { Bounds } from './bounded';
import { fitToBounds, formatBounded, parseBounded } from './bounded';
import { decodeToken, encodeToken, isWellFormedId } from '../fieldCodec';

/** What normalising found: a value in canonical form, whether something was clamped or dropped. */
export interface Fitted<T> {
  readonly value: T;
  readonly clamped?: boolean;
  readonly dropped?: boolean;
}

export function threshold(bounds: Bounds) {
  return {
    parse: (text: string | undefined) => (text === undefined ? undefined : parseBounded(text)),
    fit: (value: number) => fitToBounds(value, bounds),
    format: (value: number) => formatBounded(value, bounds),
  };
}

export function oneOf<T extends string>(values: readonly T[]) {
  const isMember = (text: string | undefined): text is T =>
    text !== undefined && (values as readonly string[]).includes(text);
  return { parse: (text: string | undefined) => (isMember(text) ? text : undefined), isMember };
}

/** A non-empty subset of `values`, in their order; unknown members are dropped. */
export function subsetOf<T extends string>(values: readonly T[]) {
  const { isMember } = oneOf(values);
  return {
    parse: (text: string | undefined): Fitted<T[]> | undefined => {
      const tokens = text ? text.split(',') : [];
      const members = tokens.filter(isMember);
      return { value: members, dropped: members.length < tokens.length };
    },
    fit: (members: readonly T[]): Fitted<T[]> | undefined => {
      const kept = values.filter((value) => members.includes(value));
      return kept.length > 0 ? { value: kept } : undefined;
    },
    format: (members: readonly T[]) => members.join(','),
  };
}

export const MAX_NAMES = 12;

/** Free-text names (operators): trimmed, unique, well-formed, at most MAX_NAMES, at least one. */
export const nameList = {
  parse: (text: string | undefined): Fitted<string[]> | undefined => {
    const tokens = text ? text.split(',') : [];
    const names = tokens.map(decodeToken);
    if (names.includes(undefined)) return undefined;
    return { value: names as string[] };
  },
  fit: (names: readonly string[]): Fitted<string[]> | undefined => {
    const trimmed = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
    const wellFormed = trimmed.filter(isWellFormedId);
    const kept = wellFormed.slice(0, MAX_NAMES);
    if (kept.length === 0) return undefined;
    return {
      value: kept,
      dropped: wellFormed.length < trimmed.length,
      clamped: kept.length < wellFormed.length,
    };
  },
  format: (names: readonly string[]) => names.map(encodeToken).join(','),
};
