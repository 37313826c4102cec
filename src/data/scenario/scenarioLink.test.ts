import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../domain/scenario/modification';
import { frozenAtlas, modificationArbitrary } from '../../domain/testing/scenarioArbitrary';
import { toScenarioFile } from './scenarioFile';
import { decodeScenarioLink, encodeScenarioLink, MAX_LINK_TEXT_CHARS } from './scenarioLink';
import { proposedDataCentre } from '../../domain/scenario/proposedFeatures';

const scenarioOf = (modifications: Scenario['modifications']): Scenario => ({
  id: 's-1',
  name: '情景 one',
  datasetId: 'test',
  modifications,
});

describe('the scenario link codec', () => {
  it('decodes what it encodes: the same scenario file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(modificationArbitrary, { maxLength: 6 }), async (mods) => {
        const scenario = scenarioOf(mods);
        const encoded = await encodeScenarioLink(scenario);
        if (!encoded.ok) throw new Error('too long');
        expect(encoded.text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
        const decoded = await decodeScenarioLink(encoded.text);
        expect(decoded).toEqual({ ok: true, json: JSON.parse(JSON.stringify(toScenarioFile(scenario))) });
      }),
      { numRuns: 30 },
    );
  });

  it('never throws on hostile text, and says what was wrong', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string().map((s) => `1.${s}`)), async (text) => {
        const decoded = await decodeScenarioLink(text);
        expect(typeof decoded.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
    expect(await decodeScenarioLink('2.abc')).toEqual({ ok: false, reason: 'version' });
    expect(await decodeScenarioLink('1.@@')).toEqual({ ok: false, reason: 'encoding' });
    expect(await decodeScenarioLink('1.AAAA')).toMatchObject({ ok: false });
  });

  it('refuses to write a link for a scenario too large for one', async () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      proposedDataCentre({
        id: `P-${i}`,
        name: `Campus ${Math.random()}`,
        scenarioName: 'big',
        position: [Math.random(), Math.random()],
        capacityMw: Math.random() * 1000,
      }),
    );
    const encoded = await encodeScenarioLink(scenarioOf(many));
    expect(encoded).toMatchObject({ ok: false, reason: 'too_long' });
    expect(!encoded.ok && encoded.chars).toBeGreaterThan(MAX_LINK_TEXT_CHARS);
    expect(frozenAtlas.datacentres).toHaveLength(3);
  });
});
