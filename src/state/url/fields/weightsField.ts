// The weights as `w=MODE;αC,αP,αN,αD[;ID:W,…[;ID,…]]`: mode e(ntropy) or m(anual), the subsystem
// weights in SUBSYSTEMS order, manual indicator weights, then switched-off indicators. Weights are
// clamped to 0–1; unknown indicators are dropped with a notice; trailing empty sections are left out.
import { INDICATOR_IDS, isIndicatorId, type IndicatorId } from '../../../domain/score/indicatorIds';
import { SUBSYSTEMS, type Subsystem } from '../../../domain/score/subsystems';
import type { WeightMode, WeightsConfig } from '../../../domain/score/weightsConfig';
import type { DecodeContext, FieldCodec, FieldIssue } from '../fieldCodec';
import { fitToBounds, formatBounded, parseBounded, type Bounds } from './bounded';

/** Weights in 0–1 with three decimals, finer than any slider. */
export const WEIGHT_BOUNDS: Bounds = { min: 0, max: 1, decimals: 3 };
const parseWeight = parseBounded;
const formatWeight = (weight: number) => formatBounded(weight, WEIGHT_BOUNDS);

const MODE_CODES: Readonly<Record<WeightMode, string>> = { entropy: 'e', manual: 'm' };

function modeOfCode(code: string | undefined): WeightMode | undefined {
  return (Object.keys(MODE_CODES) as WeightMode[]).find((mode) => MODE_CODES[mode] === code);
}

function knownIndicator(context: DecodeContext): (id: string) => id is IndicatorId {
  return (id): id is IndicatorId =>
    isIndicatorId(id) && (context.knownIndicatorIds?.has(id) ?? true);
}

function parseSubsystemWeights(text: string): Record<Subsystem, number> | undefined {
  const numbers = text.split(',').map(parseWeight);
  if (numbers.length !== SUBSYSTEMS.length || numbers.includes(undefined)) return undefined;
  return Object.fromEntries(SUBSYSTEMS.map((k, i) => [k, numbers[i]])) as Record<Subsystem, number>;
}

function parseIndicatorWeights(text: string, isKnown: (id: string) => id is IndicatorId) {
  const weights: Partial<Record<IndicatorId, number>> = {};
  let dropped = false;
  for (const pair of text === '' ? [] : text.split(',')) {
    const [id = '', weightText = '', ...rest] = pair.split(':');
    const weight = parseWeight(weightText);
    if (rest.length === 0 && isKnown(id) && weight !== undefined) weights[id] = weight;
    else dropped = true;
  }
  return { weights, dropped };
}

function parse(text: string, context: DecodeContext) {
  const [modeCode, alphaText = '', weightsText = '', disabledText = '', ...rest] = text.split(';');
  const mode = modeOfCode(modeCode);
  const subsystemWeights = parseSubsystemWeights(alphaText);
  if (mode === undefined || subsystemWeights === undefined || rest.length > 0) return undefined;
  const isKnown = knownIndicator(context);
  const indicator = parseIndicatorWeights(weightsText, isKnown);
  const disabledTokens = disabledText === '' ? [] : disabledText.split(',');
  const disabledIndicators = disabledTokens.filter(isKnown);
  const dropped = indicator.dropped || disabledIndicators.length < disabledTokens.length;
  const value: WeightsConfig = {
    mode,
    subsystemWeights,
    indicatorWeights: indicator.weights,
    disabledIndicators,
  };
  return { value, issues: dropped ? (['dropped'] as const) : [] };
}

function normalise(config: WeightsConfig) {
  let clamped = false;
  const weigh = (w: number) => {
    const result = fitToBounds(w, WEIGHT_BOUNDS);
    clamped ||= result.clamped;
    return result.value;
  };
  const subsystemWeights = Object.fromEntries(
    SUBSYSTEMS.map((k) => [k, weigh(config.subsystemWeights[k])]),
  ) as Record<Subsystem, number>;
  const indicatorWeights: Partial<Record<IndicatorId, number>> = {};
  for (const id of INDICATOR_IDS) {
    const w = config.indicatorWeights[id];
    if (w !== undefined) indicatorWeights[id] = weigh(w);
  }
  const disabledIndicators = INDICATOR_IDS.filter((id) => config.disabledIndicators.includes(id));
  const value: WeightsConfig = {
    mode: config.mode,
    subsystemWeights,
    indicatorWeights,
    disabledIndicators,
  };
  const issues: FieldIssue[] = clamped ? ['clamped'] : [];
  return { value, issues };
}

function format(config: WeightsConfig): string {
  const sections = [
    MODE_CODES[config.mode],
    SUBSYSTEMS.map((k) => formatWeight(config.subsystemWeights[k])).join(','),
    INDICATOR_IDS.flatMap((id) => {
      const w = config.indicatorWeights[id];
      return w === undefined ? [] : [`${id}:${formatWeight(w)}`];
    }).join(','),
    config.disabledIndicators.join(','),
  ];
  while (sections.length > 2 && sections.at(-1) === '') sections.pop();
  return sections.join(';');
}

export const weightsField: FieldCodec<'weights'> = {
  field: 'weights',
  key: 'w',
  label: { en: 'weights', zh: '权重' },
  parse,
  normalise,
  format,
};
