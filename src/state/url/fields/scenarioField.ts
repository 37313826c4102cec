// The active scenario in a link as `sc=1.<base64url>`: the compressed scenario file, carried as
// text (compressing is asynchronous, so app/connectScenarioLink encodes and decodes it; this codec
// only checks its shape). At most MAX_SCENARIO_CODE_CHARS; anything else is dropped as malformed.
import type { FieldCodec } from '../fieldCodec';

/** Longer codes are never written (the app offers the file instead) and never read. */
export const MAX_SCENARIO_CODE_CHARS = 7_000;
const CODE = /^[1-9][0-9]{0,2}\.[A-Za-z0-9_-]+$/;

export function isScenarioCode(text: string): boolean {
  return text.length <= MAX_SCENARIO_CODE_CHARS && CODE.test(text);
}

export const scenarioField: FieldCodec<'scenarioCode'> = {
  field: 'scenarioCode',
  key: 'sc',
  label: { en: 'scenario', zh: '情景' },
  parse: (text) => (isScenarioCode(text) ? { value: text, issues: [] } : undefined),
  normalise: (code) =>
    code === undefined || isScenarioCode(code)
      ? { value: code, issues: [] }
      : { value: undefined, issues: ['dropped'] },
  format: (code) => code,
};
