import { describe, expect, it } from 'vitest';
import { createFeatureContext } from './featureContext';
import { createPropertyReader } from './propertyReader';
import { deepFreeze } from '../domain/testing/deepFreeze';

function reader(props: Record<string, unknown>) {
  const ctx = createFeatureContext('datacentres', 12);
  ctx.id = 'DCF012';
  return { read: createPropertyReader(deepFreeze(props), ctx), issues: ctx.issues };
}

describe('createPropertyReader', () => {
  it('leaves absent and null numbers undefined, never 0, without a warning', () => {
    const { read, issues } = reader({ racks: null });
    expect(read.number('capacity_mw')).toBeUndefined();
    expect(read.number('racks')).toBeUndefined();
    expect(issues).toEqual([]);
  });

  it('drops a non-number with a warning naming feature, key and value', () => {
    const { read, issues } = reader({ capacity_mw: 'abc', racks: '12' });
    expect(read.number('capacity_mw')).toBeUndefined();
    expect(read.number('racks')).toBeUndefined();
    expect(issues[0]).toEqual({
      severity: 'warning',
      message:
        "datacentres feature #12 (id DCF012): capacity_mw is 'abc', expected a number; value dropped",
    });
    expect(issues).toHaveLength(2);
  });

  it('reads an unknown enum value as the fallback with a warning, and an absent one silently', () => {
    const { read, issues } = reader({ kind: 'quantum_farm' });
    expect(read.enumOr('kind', ['colocation', 'other'] as const, 'other')).toBe('other');
    expect(read.enumOr('status', ['operating', 'unknown'] as const, 'unknown')).toBe('unknown');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain("kind is 'quantum_farm'");
    expect(issues[0]?.message).toContain("read as 'other'");
  });

  it('reads strings, booleans and string arrays, treating an empty string as absent', () => {
    const { read, issues } = reader({ a: 'x', b: '', c: true, d: ['CN-GZ'], e: ['CN-GZ', 3] });
    expect([read.string('a'), read.string('b'), read.boolean('c')]).toEqual(['x', undefined, true]);
    expect(read.stringArray('d')).toEqual(['CN-GZ']);
    expect(read.stringArray('e')).toBeUndefined();
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('e is ["CN-GZ",3], expected an array of strings'),
    ]);
  });
});
