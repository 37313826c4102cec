import { describe, expect, it } from 'vitest';
import { createFeatureContext } from './featureContext';
import { parseCommon } from './parseCommon';
import { createPropertyReader } from './propertyReader';
import { deepFreeze } from '../domain/testing/deepFreeze';

function common(props: Record<string, unknown>, featureId?: unknown) {
  const ctx = createFeatureContext('hubs', 3);
  const result = parseCommon(createPropertyReader(deepFreeze(props), ctx), ctx, featureId);
  return { result, issues: ctx.issues };
}

describe('parseCommon', () => {
  it('maps the common snake_case properties to camelCase', () => {
    const { result, issues } = common({
      id: 'H1',
      name: 'Hub',
      name_zh: '枢纽',
      source: 'letter',
      approx: false,
      verified: 'source-checked',
      region_id: 'CN-GZ',
      notes: 'n',
    });
    expect(result).toEqual({
      id: 'H1',
      name: 'Hub',
      nameZh: '枢纽',
      source: 'letter',
      approx: false,
      verified: 'source-checked',
      regionId: 'CN-GZ',
      notes: 'n',
    });
    expect(issues).toEqual([]);
  });

  it('drops a feature without an id with an error', () => {
    const { result, issues } = common({ name: 'Nameless', source: 's', approx: true });
    expect(result).toBeUndefined();
    expect(issues).toEqual([{ severity: 'error', message: expect.stringMatching(/^hubs feature #3: has no id/) }]);
  });

  it("falls back to the Feature's top-level id, and to the id as name with a warning", () => {
    const { result, issues } = common({ source: 's', approx: true }, 42);
    expect(result?.id).toBe('42');
    expect(result?.name).toBe('42');
    expect(issues.map((i) => i.message)).toEqual([
      'hubs feature #3 (id 42): name is missing; the id is shown instead',
    ]);
  });

  it('warns for a missing source and approx and for an unknown verification level', () => {
    const { result, issues } = common({ id: 'H1', name: 'Hub', verified: 'maybe' });
    expect(result).toMatchObject({ source: '', approx: false });
    expect(result?.verified).toBeUndefined();
    expect(issues).toHaveLength(3);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('reads start and retire years with their precision, and leaves out a year that is not one', () => {
    const dated = common({ id: 'L', name: 'n', source: 's', approx: true, start_year: 2009, retire_year: 2022, year_precision: 'month' });
    expect(dated.result).toMatchObject({ startYear: 2009, retireYear: 2022, yearPrecision: 'month' });
    expect(dated.issues).toEqual([]);
    const odd = common({ id: 'L', name: 'n', source: 's', approx: true, start_year: '1990s', retire_year: 20.5 });
    expect([odd.result?.startYear, odd.result?.retireYear]).toEqual([undefined, undefined]);
    expect(odd.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/start_year is '1990s', expected a number/),
      expect.stringMatching(/retire_year is not a four-digit year/),
    ]);
  });
});
