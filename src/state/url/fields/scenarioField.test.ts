import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState } from '../decodeState';
import { encodeState } from '../encodeState';
import { DEFAULT_SHAREABLE_STATE } from '../shareableState';
import { MAX_SCENARIO_CODE_CHARS, scenarioField } from './scenarioField';

describe('the scenario link field', () => {
  it('writes the compressed scenario as sc= and reads it back', () => {
    const hash = encodeState({ ...DEFAULT_SHAREABLE_STATE, scenarioCode: '1.eJzLSM3JyQ' });
    expect(hash).toMatch(/&sc=1\.eJzLSM3JyQ$/);
    expect(decodeState(hash).state.scenarioCode).toBe('1.eJzLSM3JyQ');
    expect(encodeState(DEFAULT_SHAREABLE_STATE)).not.toContain('sc=');
  });

  it('drops a code of the wrong shape or length with a notice, never throwing', () => {
    const long = `1.${'A'.repeat(MAX_SCENARIO_CODE_CHARS)}`;
    for (const bad of ['<script>', '1.', 'x.abc', long]) {
      const { state, notices } = decodeState(`v=2&sc=${encodeURIComponent(bad)}`);
      expect(state.scenarioCode).toBeUndefined();
      expect(notices.map((n) => n.key)).toContain('sc');
    }
    fc.assert(fc.property(fc.string(), (text) => void scenarioField.parse(text, {})));
  });
});
