import { describe, expect, it } from 'vitest';
import { createAppStore } from '../createAppStore';
import { pickShareable } from './pickShareable';
import { DEFAULT_SHAREABLE_STATE } from './shareableState';

describe('pickShareable', () => {
  it('keeps the allow-listed fields and drops panel state, data and actions', () => {
    const state = createAppStore({ panelTab: 'sources', lang: 'en' }).getState();
    const picked = pickShareable(state);
    expect(Object.keys(picked).sort()).toEqual(Object.keys(DEFAULT_SHAREABLE_STATE).sort());
    expect(picked.lang).toBe('en');
    expect('panelTab' in picked).toBe(false);
  });
});
