// Reads a shareable state from a URL hash, tolerantly: never throws, never returns an invalid
// state. Each key is decoded on its own and falls back to its default alone; what was not taken
// as written is reported as notices.
import type { Bilingual } from '../../domain/lang';
import { decodeToken, type DecodeContext, type FieldCodec } from './fieldCodec';
import { CURRENT_VERSION, FIELD_CODECS, FIELD_ORDER, VERSION_KEY } from './fieldCodecs';
import { looksLikeV1, migrateV1toV2 } from './migrateV1toV2';
import { makeNotice, type Notice } from './notices';
import { parseNumber } from './numberText';
import { parseHash } from './parseHash';
import {
  DEFAULT_SHAREABLE_STATE,
  type ShareableField,
  type ShareableState,
} from './shareableState';

export interface DecodeResult {
  readonly state: ShareableState;
  readonly notices: readonly Notice[];
}

const VERSION_LABEL: Bilingual = { en: 'version', zh: '版本号' };

/** Which version wrote the pairs; an unreadable version counts as the current one. */
function versionOf(params: ReadonlyMap<string, string>, notices: Notice[]): number {
  if (looksLikeV1(params)) return 1;
  const text = params.get(VERSION_KEY);
  if (text === undefined) return CURRENT_VERSION;
  const version = parseNumber(text);
  if (version !== undefined && Number.isSafeInteger(version) && version >= 1) return version;
  notices.push(makeNotice('malformed', VERSION_KEY, VERSION_LABEL));
  return CURRENT_VERSION;
}

function decodeField<F extends ShareableField>(
  field: F,
  params: ReadonlyMap<string, string>,
  context: DecodeContext,
  notices: Notice[],
): ShareableState[F] {
  const codec: FieldCodec<F> = FIELD_CODECS[field];
  const fallback = DEFAULT_SHAREABLE_STATE[field];
  const raw = params.get(codec.key);
  if (raw === undefined) return fallback;
  const decoded = decodeToken(raw);
  if (decoded === undefined) {
    notices.push(makeNotice('bad-encoding', codec.key, codec.label));
    return fallback;
  }
  const parsed = codec.parse(codec.decodesTokens ? raw : decoded, context);
  if (parsed === undefined) {
    notices.push(makeNotice('malformed', codec.key, codec.label));
    return fallback;
  }
  const normalised = codec.normalise(parsed.value);
  for (const issue of new Set([...parsed.issues, ...normalised.issues])) {
    notices.push(makeNotice(issue, codec.key, codec.label));
  }
  return normalised.value;
}

/** The state a URL hash (with or without its `#`) describes, and what could not be taken as is. */
export function decodeState(hash: string, context: DecodeContext = {}): DecodeResult {
  const notices: Notice[] = [];
  const parsed = parseHash(hash);
  if (parsed.truncated) notices.push(makeNotice('hash-truncated'));
  let params = parsed.params;
  const version = versionOf(params, notices);
  if (version === 1) {
    params = migrateV1toV2(params);
    notices.push(makeNotice('migrated', VERSION_KEY));
  }
  if (version > CURRENT_VERSION) notices.push(makeNotice('newer-version', VERSION_KEY));
  const state: Partial<Record<ShareableField, unknown>> = {};
  for (const field of FIELD_ORDER) state[field] = decodeField(field, params, context, notices);
  if (notices.length === 0 && isUnreadable(hash, params)) notices.push(makeNotice('malformed'));
  return { state: state as ShareableState, notices };
}

/** A non-empty hash in which no key of the format was found: say the link was not understood. */
function isUnreadable(hash: string, params: ReadonlyMap<string, string>): boolean {
  if (hash.replace(/^#/, '').trim() === '') return false;
  const known = [VERSION_KEY, ...FIELD_ORDER.map((field) => FIELD_CODECS[field].key)];
  return !known.some((key) => params.has(key));
}
