// Runs the table of bad inputs: each must give its reason, keep the expected count and leave a
// sound result; none may throw.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/data/validate/messages';
import { parseCoordinateCsv } from '../../src/data/validate/parseCoordinateCsv';
import { validateGeoJson } from '../../src/data/validate/validateGeoJson';
import { BAD_INPUTS } from './cases';
import { reportProblems } from './reportInvariants';

const DEFAULT_LIMIT = 5 * 1024 * 1024;

describe('the bad-input table', () => {
  it('holds at least 40 cases with distinct names', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
  });

  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('explains %s', (_, c) => {
    const input = typeof c.input === 'function' ? c.input() : c.input;
    const options = { maxBytes: c.maxBytes ?? DEFAULT_LIMIT, expectedGeometry: c.expectedGeometry };
    const started = performance.now();
    const result =
      c.reader === 'csv' ? parseCoordinateCsv(input, options) : validateGeoJson(input, options);
    const elapsedMs = performance.now() - started;
    const { report } = result;
    expect(reportProblems(result)).toEqual([]);
    if (c.fatal) {
      expect(report.fatalReason).toBe(c.fatal);
      expect(report.fatal).toBe(formatMessage(c.fatal, 'en', report.fatalParams));
      expect(formatMessage(c.fatal, 'zh', report.fatalParams)).toMatch(/[\u4e00-\u9fff]/);
    } else {
      expect(report.fatal).toBeUndefined();
    }
    if (c.message) expect(report.fatal).toContain(c.message);
    for (const list of ['fixed', 'dropped', 'noted'] as const) {
      const reasons = report[list].map((entry) => entry.reason);
      expect(reasons).toEqual(expect.arrayContaining([...(c[list] ?? [])]));
    }
    if (c.kept !== undefined) expect(report.kept).toBe(c.kept);
    if (c.fatal === 'file_too_large') expect(elapsedMs).toBeLessThan(500);
  });
});

describe('prototype safety', () => {
  it('leaves Object.prototype untouched and the cleaned properties without the polluting key', () => {
    const input =
      '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,1]},"properties":{"id":"p","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}';
    const { featureCollection } = validateGeoJson(input, { maxBytes: DEFAULT_LIMIT });
    const properties = featureCollection.features[0]?.properties ?? {};
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(properties)).toEqual(['id']);
    expect((properties as Record<string, unknown>).polluted).toBeUndefined();
  });
});
