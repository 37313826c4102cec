// The canonical form of a shareable state, through the same per-field validators the codec uses:
// a state is valid exactly when it is its own canonical form.
import { FIELD_CODECS, FIELD_ORDER } from './fieldCodecs';
import type { ShareableField, ShareableState } from './shareableState';

function normaliseField<F extends ShareableField>(field: F, state: ShareableState) {
  return FIELD_CODECS[field].normalise(state[field]).value;
}

/** Clamps, rounds and deduplicates every field (camera precision follows the zoom). */
export function normaliseState(state: ShareableState): ShareableState {
  const normalised: Partial<Record<ShareableField, unknown>> = {};
  for (const field of FIELD_ORDER) normalised[field] = normaliseField(field, state);
  return normalised as ShareableState;
}
