import { describe, expect, it } from 'vitest';
import { createAppStore } from '../createAppStore';
import { subscribeToShareable } from './subscribeToShareable';

describe('subscribeToShareable', () => {
  it('calls back for a shareable change, never for hover, panel or analysis changes', () => {
    const store = createAppStore();
    let calls = 0;
    const stop = subscribeToShareable(store, () => calls++);
    store.getState().hover({ layerId: 'regions', id: 'CN-GZ' });
    store.getState().hover(null);
    store.getState().setPanelTab('score');
    store.getState().setShowLatencyRings(true);
    expect(calls).toBe(0);
    store.getState().select({ layerId: 'regions', id: 'CN-GZ' });
    store.getState().setLang('en');
    expect(calls).toBe(2);
    stop();
    store.getState().setLang('zh');
    expect(calls).toBe(2);
  });
});
