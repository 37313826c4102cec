// Keeps the URL hash and the app's shareable state in step: decode once on start, write changes
// with replaceState (throttled) or pushState (deliberate changes), and follow back/forward and
// hand-edited hashes without writing an echo back. Never writes an invalid state: every write
// goes through encodeState.
import { decodeState } from './decodeState';
import { deliberateChange } from './deliberateChange';
import { encodeState } from './encodeState';
import type { DecodeContext } from './fieldCodec';
import type { Notice } from './notices';
import type { ShareableState } from './shareableState';

export interface UrlSyncBinding {
  /** The current shareable state (the camera as of the last move end). */
  readonly read: () => ShareableState;
  /** Puts a state decoded from the URL into the app, with what could not be taken as written. */
  readonly apply: (state: ShareableState, notices: readonly Notice[]) => void;
  /** Calls the listener after every change of a shareable field (subscribeToShareable); returns
   * an unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Which changes push a history entry; defaults to deliberateChange. */
  readonly isDeliberate?: (prev: ShareableState, next: ShareableState) => boolean;
  /** What ids the loaded dataset holds, for decoding; read at each decode. */
  readonly decodeContext?: () => DecodeContext;
}

/** The part of `window` the adapter uses; a real window fits, and so does a fake in tests. */
export interface UrlSyncWindow {
  readonly location: { readonly hash: string };
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

export interface UrlSyncOptions {
  /** At most one replaceState per this many milliseconds. */
  readonly throttleMs?: number;
}

const URL_EVENTS = ['popstate', 'hashchange'] as const;

/**
 * Starts syncing; returns a stop function (which writes any pending change first). An empty hash
 * on start leaves the app state as it is; anything else is decoded, applied and, when it was not
 * in canonical form, rewritten in place.
 */
export function startUrlSync(
  binding: UrlSyncBinding,
  win: UrlSyncWindow = window,
  { throttleMs = 300 }: UrlSyncOptions = {},
): () => void {
  const isDeliberate = binding.isDeliberate ?? deliberateChange;
  let seen = binding.read();
  // What the URL literally holds, and the canonical link of the state it stands for (an empty
  // hash stands for the state the app started with).
  let urlHash = hashOf(win);
  let urlState = encodeState(seen);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applying = false;

  const write = (method: 'replaceState' | 'pushState', hash: string) => {
    win.history[method](null, '', `#${hash}`);
    urlHash = hash;
    urlState = hash;
  };
  const cancelPending = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const flush = () => {
    cancelPending();
    const hash = encodeState(binding.read());
    if (hash !== urlState) write('replaceState', hash);
  };

  const onStateChange = () => {
    if (applying) return;
    const prev = seen;
    seen = binding.read();
    const hash = encodeState(seen);
    if (hash === urlState) return;
    if (!isDeliberate(prev, seen)) {
      timer ??= setTimeout(flush, throttleMs);
      return;
    }
    cancelPending();
    const before = encodeState(prev);
    if (before !== urlHash) write('replaceState', before);
    write('pushState', hash);
  };

  const applyFromUrl = () => {
    const raw = hashOf(win);
    cancelPending();
    const { state, notices } = decodeState(raw, binding.decodeContext?.() ?? {});
    applying = true;
    try {
      binding.apply(state, notices);
    } finally {
      applying = false;
    }
    seen = binding.read();
    urlHash = raw;
    urlState = encodeState(seen);
    if (urlState !== raw) write('replaceState', urlState);
  };
  // popstate and hashchange often come in pairs for one navigation: the second finds nothing new.
  const onUrlChange = () => {
    if (hashOf(win) !== urlHash) applyFromUrl();
  };

  if (urlHash !== '') applyFromUrl();
  const unsubscribe = binding.subscribe(onStateChange);
  for (const type of URL_EVENTS) win.addEventListener(type, onUrlChange);

  return () => {
    unsubscribe();
    for (const type of URL_EVENTS) win.removeEventListener(type, onUrlChange);
    if (timer !== undefined) flush();
  };
}

function hashOf(win: UrlSyncWindow): string {
  return win.location.hash.replace(/^#/, '');
}
