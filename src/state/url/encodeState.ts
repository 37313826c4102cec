// Writes a shareable state as a URL hash (without `#`): the version first, then the keys in the
// table's fixed order, each value normalised first. Pure; decodeState reads it back exactly.
import { CURRENT_VERSION, FIELD_CODECS, FIELD_ORDER, VERSION_KEY } from './fieldCodecs';
import type { ShareableField, ShareableState } from './shareableState';

function encodeField<F extends ShareableField>(
  field: F,
  state: ShareableState,
): string | undefined {
  const codec = FIELD_CODECS[field];
  const text = codec.format(codec.normalise(state[field]).value);
  return text === undefined ? undefined : `${codec.key}=${text}`;
}

/** `v=2&c=104.5,35.8,3.2,0,0&t=l&…`; empty selections, lists and the default dataset are left out. */
export function encodeState(state: ShareableState): string {
  const pairs = [`${VERSION_KEY}=${CURRENT_VERSION}`];
  for (const field of FIELD_ORDER) {
    const pair = encodeField(field, state);
    if (pair !== undefined) pairs.push(pair);
  }
  return pairs.join('&');
}
