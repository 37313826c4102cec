import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { decodeState } from './decodeState';
import { encodeState } from './encodeState';
import type { Notice } from './notices';
import { DEFAULT_SHAREABLE_STATE as DEFAULTS, type ShareableState } from './shareableState';
import { createFakeWindow } from './testing/fakeWindow';
import { startUrlSync, type UrlSyncBinding } from './urlSync';

const GZ = { layerId: 'regions', id: 'CN-GZ' } as const;
const NM = { layerId: 'regions', id: 'CN-NM' } as const;

function setUp(hash = '', overrides: Partial<UrlSyncBinding> = {}) {
  const store = createStore<ShareableState>()(() => DEFAULTS);
  const win = createFakeWindow(hash);
  const applied: (readonly Notice[])[] = [];
  const stop = startUrlSync(
    {
      read: store.getState,
      apply: (state, notices) => {
        applied.push(notices);
        store.setState(state, true);
      },
      subscribe: store.subscribe,
      ...overrides,
    },
    win,
    { throttleMs: 300 },
  );
  const set = (patch: Partial<ShareableState>) => store.setState(patch);
  return { store, win, applied, stop, set };
}

const link = (patch: Partial<ShareableState>) => encodeState({ ...DEFAULTS, ...patch });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('startUrlSync', () => {
  it('applies the state of the link it starts with, and writes nothing when the link is canonical', () => {
    const { store, win, applied } = setUp('#' + link({ theme: 'dark', selection: GZ }));
    expect(store.getState()).toMatchObject({ theme: 'dark', selection: GZ });
    expect(applied).toEqual([[]]);
    expect(win.writes).toEqual([]);
  });

  it('passes notices on and rewrites a hostile link in canonical form, in place', () => {
    const { store, win, applied } = setUp('#v=2&t=d&c=NaN&s=%&x=<script>');
    expect(store.getState()).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(applied[0]?.map((n) => n.code)).toEqual(['malformed', 'bad-encoding']);
    expect(win.writes).toEqual([`replace:${link({ theme: 'dark' })}`]);
    expect(win.entries).toHaveLength(1);
  });

  it('leaves the app alone and the URL empty when it starts without a hash', () => {
    const { applied, win } = setUp('');
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(win.writes).toEqual([]);
  });

  it('writes an ordinary change with replaceState once the throttle interval has passed', () => {
    const { win, set } = setUp();
    set({ theme: 'dark' });
    expect(win.writes).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(win.writes).toEqual([`replace:${link({ theme: 'dark' })}`]);
    expect(win.location.hash).toBe(`#${link({ theme: 'dark' })}`);
  });

  it('collapses a burst of changes into one write of the last state', () => {
    const { win, set } = setUp();
    for (let zoom = 4; zoom <= 12; zoom += 1) {
      set({ camera: { ...DEFAULTS.camera, zoom } });
      vi.advanceTimersByTime(20);
    }
    vi.advanceTimersByTime(300);
    expect(win.writes).toEqual([`replace:${link({ camera: { ...DEFAULTS.camera, zoom: 12 } })}`]);
  });

  it('writes again after the interval when changes keep coming', () => {
    const { win, set } = setUp();
    set({ theme: 'dark' });
    vi.advanceTimersByTime(300);
    set({ lang: 'en' });
    vi.advanceTimersByTime(300);
    expect(win.writes).toHaveLength(2);
    expect(win.entries).toHaveLength(1);
  });

  it('writes nothing for a change the link does not carry', () => {
    const { win, set, store } = setUp();
    set({ camera: { ...store.getState().camera } });
    set({ camera: { ...DEFAULTS.camera, longitude: 104.5000001 } });
    vi.advanceTimersByTime(1000);
    expect(win.writes).toEqual([]);
  });

  it('pushes a history entry at once for a deliberate change, settling a pending change first', () => {
    const { win, set } = setUp();
    set({ theme: 'dark' });
    set({ selection: GZ });
    expect(win.writes).toEqual([
      `replace:${link({ theme: 'dark' })}`,
      `push:${link({ theme: 'dark', selection: GZ })}`,
    ]);
    vi.advanceTimersByTime(1000);
    expect(win.writes).toHaveLength(2);
  });

  it('gives the first entry the starting state when the first change is deliberate', () => {
    const { win, set } = setUp();
    set({ compareRegionIds: ['CN-GZ'] });
    expect(win.entries).toEqual([link({}), link({ compareRegionIds: ['CN-GZ'] })]);
  });

  it('steps back and forward through deliberate changes without writing an echo', () => {
    const { win, set, store } = setUp();
    set({ selection: GZ });
    set({ selection: NM });
    const writes = win.writes.length;
    win.back();
    expect(store.getState().selection).toEqual(GZ);
    win.back();
    expect(store.getState().selection).toBeNull();
    win.forward();
    expect(store.getState().selection).toEqual(GZ);
    vi.advanceTimersByTime(1000);
    expect(win.writes).toHaveLength(writes);
  });

  it('drops a pending write when the user navigates away from the entry', () => {
    const { win, set, store } = setUp();
    set({ selection: GZ });
    set({ theme: 'dark' });
    win.back();
    vi.advanceTimersByTime(1000);
    expect(store.getState().theme).toBe('light');
    expect(win.writes.filter((w) => w.startsWith('replace:'))).toHaveLength(1);
  });

  it('applies a hash typed into the address bar and canonicalises it in place', () => {
    const { win, store, applied } = setUp();
    win.editHash('#t=d&ly=rg,zz');
    expect(store.getState()).toMatchObject({ theme: 'dark', visibleLayers: ['regions'] });
    expect(applied.at(-1)?.map((n) => n.code)).toEqual(['dropped']);
    expect(win.location.hash).toBe(`#${link({ theme: 'dark', visibleLayers: ['regions'] })}`);
    expect(win.entries).toHaveLength(2);
  });

  it('decodes against the context the caller gives at the time', () => {
    const known = new Set<string>();
    const { win, store } = setUp('', { decodeContext: () => ({ knownRegionIds: known }) });
    win.editHash(link({ selection: GZ }));
    expect(store.getState().selection).toBeNull();
    known.add('CN-GZ');
    win.editHash(link({ selection: GZ, theme: 'dark' }));
    expect(store.getState().selection).toEqual(GZ);
  });

  it('follows the caller’s own idea of a deliberate change', () => {
    const { win, set } = setUp('', { isDeliberate: (a, b) => a.theme !== b.theme });
    set({ selection: GZ });
    set({ theme: 'dark' });
    expect(win.writes.map((w) => w.split(':')[0])).toEqual(['replace', 'push']);
    expect(decodeState(win.entries[0] ?? '').state.selection).toEqual(GZ);
  });

  it('stops listening when stopped, writing a pending change first', () => {
    const { win, set, stop, store } = setUp();
    set({ theme: 'dark' });
    stop();
    expect(win.writes).toEqual([`replace:${link({ theme: 'dark' })}`]);
    expect(win.listenerCount()).toBe(0);
    set({ lang: 'en' });
    win.editHash(link({ lang: 'en', theme: 'light' }));
    vi.advanceTimersByTime(1000);
    expect(win.writes).toHaveLength(1);
    expect(store.getState().theme).toBe('dark');
  });
});
