// The shareable part of the app state: exactly the allow-listed fields, nothing else.
import { FIELD_ORDER } from './fieldCodecs';
import type { ShareableState } from './shareableState';

export function pickShareable(state: ShareableState): ShareableState {
  return Object.fromEntries(
    FIELD_ORDER.map((field) => [field, state[field]]),
  ) as unknown as ShareableState;
}
