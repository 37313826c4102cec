import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseJsonText } from './parseJsonText';

describe('parseJsonText', () => {
  it('gives the line and column of a syntax error', () => {
    expect(parseJsonText('{\n  "a": 1,\n  oops\n}')).toMatchObject({
      ok: false,
      reason: 'not_json',
      params: { line: 3, column: 3 },
    });
  });

  it('calls JSON that stops early truncated', () => {
    expect(parseJsonText('{"a": [1, 2')).toMatchObject({ ok: false, reason: 'truncated_json' });
  });

  it('refuses nesting deeper than the limit before parsing, and accepts it at the limit', () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJsonText(nested(MAX_DEPTH + 1))).toMatchObject({ reason: 'too_deeply_nested' });
    expect(parseJsonText(nested(MAX_DEPTH))).toMatchObject({ ok: true });
  });

  it('ignores brackets inside strings when measuring depth', () => {
    expect(parseJsonText(JSON.stringify({ text: '['.repeat(500) }))).toMatchObject({ ok: true });
  });

  it('reads bare NaN and Infinity as null and says so, leaving strings alone', () => {
    const result = parseJsonText('{"a": [NaN, -Infinity], "b": "NaN"}');
    expect(result).toEqual({
      ok: true,
      value: { a: [null, null], b: 'NaN' },
      fixes: ['non_standard_number_literal'],
    });
  });

  it('strips a byte-order mark', () => {
    expect(parseJsonText('\uFEFF[1]')).toEqual({ ok: true, value: [1], fixes: ['bom_stripped'] });
  });
});
