// How scores compare across years as `nm=MODE[;bYEAR][;ID:MIN:MAX,…]`: mode y (per-year min–max)
// or g (fixed goalposts), the base year of frozen entropy weights, and the goalposts, six
// significant digits each. Unknown indicators and goalposts with max < min are dropped with a
// notice; per-year min–max drops the goalposts (they would change nothing). The default is left
// out of links.
import { INDICATOR_IDS, isIndicatorId, type IndicatorId } from '../../../domain/score/indicatorIds';
import type { Goalpost } from '../../../domain/score/normalise';
import type { Goalposts } from '../../../domain/score/scoreRegions';
import type { Normalisation, ScoreScale } from '../../../domain/vintage/scoreScale';
import type { DecodeContext, FieldCodec, FieldIssue } from '../fieldCodec';
import { parseNumber } from '../numberText';
import { fitToBounds } from './bounded';
import { YEAR_BOUNDS } from './vintageField';

const MODE_CODES: Readonly<Record<Normalisation, string>> = { per_year: 'y', goalposts: 'g' };

/** A goalpost value as links keep it: six significant digits. */
export const goalpostValue = (x: number): number => Number(x.toPrecision(6)) + 0;

/** The goalposts as links keep them: known indicators, finite, min ≤ max, six digits. */
export function roundGoalposts(goalposts: Goalposts): { goalposts: Goalposts; dropped: boolean } {
  const kept: Partial<Record<IndicatorId, Goalpost>> = {};
  let dropped = false;
  for (const id of Object.keys(goalposts)) {
    const post = goalposts[id as IndicatorId];
    const valid =
      isIndicatorId(id) && post && Number.isFinite(post.min) && Number.isFinite(post.max);
    if (valid && post.min <= post.max)
      kept[id] = { min: goalpostValue(post.min), max: goalpostValue(post.max) };
    else dropped = true;
  }
  return { goalposts: kept, dropped };
}

function parseGoalposts(text: string, context: DecodeContext) {
  const goalposts: Partial<Record<IndicatorId, Goalpost>> = {};
  let dropped = false;
  for (const triple of text === '' ? [] : text.split(',')) {
    const [id = '', minText = '', maxText = '', ...rest] = triple.split(':');
    const [min, max] = [parseNumber(minText), parseNumber(maxText)];
    const known = isIndicatorId(id) && (context.knownIndicatorIds?.has(id) ?? true);
    if (known && rest.length === 0 && min !== undefined && max !== undefined)
      goalposts[id] = { min, max };
    else dropped = true;
  }
  return { goalposts, dropped };
}

function parse(text: string, context: DecodeContext) {
  const [code, ...sections] = text.split(';');
  const normalisation = (Object.keys(MODE_CODES) as Normalisation[]).find(
    (mode) => MODE_CODES[mode] === code,
  );
  const base = /^b\d+$/.test(sections[0] ?? '') ? sections.shift()!.slice(1) : undefined;
  const entropyBaseYear = base === undefined ? undefined : Number(base);
  if (!normalisation || sections.length > 1) return undefined;
  const { goalposts, dropped } = parseGoalposts(sections[0] ?? '', context);
  const value: ScoreScale = { normalisation, goalposts, entropyBaseYear };
  return { value, issues: dropped ? (['dropped'] as const) : [] };
}

function normalise(scale: ScoreScale) {
  const issues: FieldIssue[] = [];
  const rounded = roundGoalposts(scale.normalisation === 'goalposts' ? scale.goalposts : {});
  if (rounded.dropped) issues.push('dropped');
  let entropyBaseYear = scale.entropyBaseYear;
  if (entropyBaseYear !== undefined) {
    const fitted = fitToBounds(entropyBaseYear, YEAR_BOUNDS);
    if (fitted.clamped) issues.push('clamped');
    entropyBaseYear = fitted.value;
  }
  const value: ScoreScale = {
    normalisation: scale.normalisation,
    goalposts: rounded.goalposts,
    ...(entropyBaseYear === undefined ? {} : { entropyBaseYear }),
  };
  return { value, issues };
}

function format(scale: ScoreScale): string | undefined {
  const goalposts = INDICATOR_IDS.flatMap((id) => {
    const post = scale.goalposts[id];
    return post ? [`${id}:${post.min}:${post.max}`] : [];
  });
  const base = scale.entropyBaseYear === undefined ? [] : [`b${scale.entropyBaseYear}`];
  const sections = [MODE_CODES[scale.normalisation], ...base];
  if (goalposts.length > 0) sections.push(goalposts.join(','));
  return sections.length === 1 && scale.normalisation === 'per_year'
    ? undefined
    : sections.join(';');
}

export const scoreScaleField: FieldCodec<'scoreScale'> = {
  field: 'scoreScale',
  key: 'nm',
  label: { en: 'score normalisation', zh: '标准化方式' },
  parse,
  normalise,
  format,
};
