import { describe, expect, it } from 'vitest';
import { CONSTRAINT_KINDS } from './constraintKinds';
import { constraintProblems } from './constraintProblems';
import { createConstraintContext } from './createConstraintContext';
import { evaluateConstraints } from './evaluateConstraints';
import { POLICY_PRESET_IDS, POLICY_PRESETS } from './policyPresets';
import { testAtlas } from '../testing/constraintAtlas';

describe('POLICY_PRESETS', () => {
  for (const id of POLICY_PRESET_IDS) {
    it(`${id} holds valid constraints, names its source and is labelled in both languages`, () => {
      const preset = POLICY_PRESETS[id];
      expect(preset.id).toBe(id);
      expect(preset.constraints.length).toBeGreaterThan(0);
      for (const constraint of preset.constraints) {
        expect(CONSTRAINT_KINDS).toContain(constraint.kind);
        expect(constraintProblems(constraint)).toEqual([]);
      }
      for (const text of [preset.label, preset.source, preset.note]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.zh.length).toBeGreaterThan(0);
      }
    });
  }

  it('judges east-cluster sites by 1.25 and west-cluster sites by 1.2', () => {
    const context = createConstraintContext(testAtlas);
    const result = evaluateConstraints(context, POLICY_PRESETS.hubClusterPue.constraints);
    // D1 (east cluster, PUE 1.25) and D2 (west cluster, PUE 1.2) sit exactly at their limits.
    expect(result.datacentres.map((v) => v.status)).toEqual(['pass', 'pass', 'pass']);
    const stricter = POLICY_PRESETS.hubClusterPue.constraints.map((c) =>
      c.kind === 'maxPue' ? { ...c, maxPue: c.maxPue - 0.01 } : c,
    );
    expect(evaluateConstraints(context, stricter).datacentres.map((v) => v.status)).toEqual([
      'fail',
      'fail',
      'pass',
    ]);
  });
});
