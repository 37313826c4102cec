import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/createAppStore';
import { encodeState } from '../state/url/encodeState';
import { pickShareable } from '../state/url/pickShareable';
import { createFakeWindow } from '../state/url/testing/fakeWindow';
import { connectUrl } from './connectUrl';

describe('connectUrl', () => {
  it('restores the link on start and asks the map to jump to its camera', () => {
    const linked = createAppStore();
    const camera = { longitude: 110, latitude: 30, zoom: 6, bearing: 10, pitch: 20 };
    linked.getState().setCamera(camera);
    const win = createFakeWindow(encodeState(pickShareable(linked.getState())));
    const store = createAppStore();
    const stop = connectUrl(store, win as unknown as Window);
    expect(store.getState().camera).toEqual(camera);
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'jump', camera });
    stop();
  });

  it('moves the map back when back restores an earlier camera', () => {
    const store = createAppStore();
    const win = createFakeWindow('');
    const stop = connectUrl(store, win as unknown as Window);
    const first = store.getState().camera;
    store.getState().select({ layerId: 'regions', id: 'CN-GZ' });
    store.getState().setCamera({ ...first, longitude: 120 });
    store.getState().select({ layerId: 'regions', id: 'CN-SC' });
    win.back();
    expect(store.getState().selection).toEqual({ layerId: 'regions', id: 'CN-GZ' });
    const request = store.getState().cameraRequest;
    expect(request?.kind).toBe('jump');
    stop();
  });
});

describe('connectUrl and the language', () => {
  it('keeps the browser language when a hand-written link does not name one', () => {
    const store = createAppStore({ lang: 'en' });
    const stop = connectUrl(store, createFakeWindow('#v=2&t=d') as unknown as Window);
    expect(store.getState()).toMatchObject({ lang: 'en', theme: 'dark' });
    stop();
  });

  it('takes the language a link names', () => {
    const store = createAppStore({ lang: 'en' });
    const stop = connectUrl(store, createFakeWindow('#v=2&l=zh') as unknown as Window);
    expect(store.getState().lang).toBe('zh');
    stop();
  });
});
