// A window stand-in for sync tests in node: a history of hashes with push, replace, back, forward
// and hand edits, firing popstate and hashchange the way browsers do for fragment navigation.
import type { UrlSyncWindow } from '../urlSync';

type Listener = () => void;

export interface FakeWindow extends UrlSyncWindow {
  /** The hashes of the session history, without '#'. */
  readonly entries: readonly string[];
  readonly index: number;
  /** Every history write in order, e.g. `push:v=2&…`. */
  readonly writes: readonly string[];
  back(): void;
  forward(): void;
  /** The user types a new hash into the address bar. */
  editHash(hash: string): void;
  listenerCount(): number;
}

export function createFakeWindow(initialHash = ''): FakeWindow {
  const entries = [initialHash.replace(/^#/, '')];
  const writes: string[] = [];
  const listeners = new Map<string, Set<Listener>>();
  let index = 0;

  const fire = (...types: string[]) => {
    for (const type of types) for (const listener of [...(listeners.get(type) ?? [])]) listener();
  };
  const hashOfUrl = (url: string | URL | null | undefined) =>
    String(url ?? '').replace(/^[^#]*#?/, '');
  const traverse = (to: number) => {
    if (to < 0 || to >= entries.length) return;
    const changed = entries[to] !== entries[index];
    index = to;
    fire('popstate', ...(changed ? ['hashchange'] : []));
  };

  return {
    get entries() {
      return entries;
    },
    get index() {
      return index;
    },
    writes,
    location: {
      get hash() {
        const hash = entries[index] ?? '';
        return hash === '' ? '' : `#${hash}`;
      },
    },
    history: {
      pushState: (_state, _unused, url) => {
        entries.splice(index + 1, entries.length, hashOfUrl(url));
        index += 1;
        writes.push(`push:${hashOfUrl(url)}`);
      },
      replaceState: (_state, _unused, url) => {
        entries[index] = hashOfUrl(url);
        writes.push(`replace:${hashOfUrl(url)}`);
      },
    },
    addEventListener: (type, listener) => {
      listeners.set(type, (listeners.get(type) ?? new Set()).add(listener));
    },
    removeEventListener: (type, listener) => {
      listeners.get(type)?.delete(listener);
    },
    back: () => traverse(index - 1),
    forward: () => traverse(index + 1),
    editHash: (hash) => {
      entries.splice(index + 1, entries.length, hash.replace(/^#/, ''));
      index += 1;
      fire('popstate', 'hashchange');
    },
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}
