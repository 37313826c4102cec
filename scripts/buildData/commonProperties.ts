// The properties every feature starts with (id, names, provenance) in a fixed key order, and the
// mapping of the fact tables' free-text `verified` cells onto source-checked | recalled | mixed. A
// link to a banned host (bannedLinks.ts) never reaches a feature's source: it is replaced by a note.
import type { Verification } from '../../src/domain/atlas';
import { withoutBannedLinks } from './bannedLinks';
import { optionalText } from './cells';
import { compact, type Properties } from './compact';

export interface CommonInput {
  readonly id: string;
  readonly name: string;
  readonly nameZh?: string;
  readonly source: string;
  readonly approx: boolean;
  /** The raw `verified` cell. */
  readonly verified?: string;
  readonly regionId?: string;
  /** Note parts, joined with "; " when present. */
  readonly notes?: readonly (string | undefined)[];
}

/** Exact levels map to themselves; any longer description is `mixed` and kept as a note. */
export function verificationOf(cell: string | undefined): { level?: Verification; note?: string } {
  const text = optionalText(cell);
  if (text === undefined) return {};
  if (text === 'source-checked' || text === 'recalled') return { level: text };
  return { level: 'mixed', note: `verification: ${text}` };
}

/** Joins the non-empty note parts; undefined when there are none. */
export function joinNotes(parts: readonly (string | undefined)[]): string | undefined {
  const present = parts.map((p) => optionalText(p)).filter((p): p is string => p !== undefined);
  return present.length > 0 ? present.join('; ') : undefined;
}

/** A row checked only against a mirror copy whose link the build removed is no longer source-checked. */
const MIRROR_ONLY_NOTE =
  'verification: checked on a reprint copy whose link was removed (banned host); the original publisher is named, its URL not retrieved';

/** id, name, name_zh, source, approx, verified, region_id, notes — absent ones left out. */
export function commonProperties(input: CommonInput): Properties {
  const source = withoutBannedLinks(input.source);
  const checkedOnMirrorOnly =
    source.removed.length > 0 &&
    !/https?:\/\//.test(source.text) &&
    input.verified === 'source-checked';
  const verification = checkedOnMirrorOnly
    ? { level: 'mixed' as const, note: MIRROR_ONLY_NOTE }
    : verificationOf(input.verified);
  return compact({
    id: input.id,
    name: input.name,
    name_zh: optionalText(input.nameZh),
    source: source.text,
    approx: input.approx,
    verified: verification.level,
    region_id: input.regionId,
    notes: joinNotes([...(input.notes ?? []), verification.note]),
  });
}
