// Turns file text into a JSON value or a precise reason why not: BOM removed, nesting depth checked
// by a linear scan before parsing (so later walks cannot overflow the stack), error positions given
// as line and column, and bare NaN/Infinity words (written by some tools) read as null.
import type { ReasonCode } from './messages';

export const MAX_DEPTH = 64;

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown; readonly fixes: readonly ReasonCode[] }
  | {
      readonly ok: false;
      readonly reason: ReasonCode;
      readonly params: Record<string, string | number>;
    };

interface Scan {
  maxDepth: number;
  endDepth: number;
  inString: boolean;
}

/** Bracket depth outside strings; stops early once `limit` is passed. */
function scanDepth(text: string, limit: number): Scan {
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > maxDepth) maxDepth = depth;
      if (maxDepth > limit) break;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return { maxDepth, endDepth: depth, inString };
}

const BARE_NON_FINITE = /(?<=[[,:]\s*)(-?Infinity|NaN)(?=\s*[\],}])/;
const BARE_NON_FINITE_ALL = new RegExp(BARE_NON_FINITE.source, 'g');

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

function tryParse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function parseJsonText(input: string): JsonParseResult {
  const fixes: ReasonCode[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    fixes.push('bom_stripped');
  }
  if (text.trim() === '') return { ok: false, reason: 'empty_file', params: {} };
  const scan = scanDepth(text, MAX_DEPTH);
  if (scan.maxDepth > MAX_DEPTH) {
    return { ok: false, reason: 'too_deeply_nested', params: { limit: MAX_DEPTH } };
  }
  const first = tryParse(text);
  if ('value' in first) return { ok: true, value: first.value, fixes };
  if (BARE_NON_FINITE.test(text)) {
    const second = tryParse(text.replace(BARE_NON_FINITE_ALL, 'null'));
    if ('value' in second) {
      return { ok: true, value: second.value, fixes: [...fixes, 'non_standard_number_literal'] };
    }
  }
  const truncated = scan.endDepth > 0 || scan.inString || /end of (JSON )?input/i.test(first.error);
  const match = /position (\d+)/.exec(first.error);
  const position = match ? Number(match[1]) : text.length;
  if (truncated && (!match || position >= text.trimEnd().length - 1)) {
    return { ok: false, reason: 'truncated_json', params: { position } };
  }
  return { ok: false, reason: 'not_json', params: { position, ...lineColumn(text, position) } };
}
