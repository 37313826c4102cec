// The as-of part of an analyse request, from the store: absent while the user looks at today's
// layout on today's scale with no comparison and no chart (the worker then answers exactly as
// before), else the view, the scale, the compared year and whether to score every year.
import type { VintageRequest } from '../domain/vintage/vintageAnalysis';
import type { AppState } from '../state/createAppStore';

type Inputs = Pick<AppState, 'vintage' | 'scoreScale' | 'compareYear' | 'showYearChart'>;

/** The store fields the as-of request reads (a change of any means a new analysis). */
export const vintageInputs = (state: Inputs) => [
  state.vintage,
  state.scoreScale,
  state.compareYear,
  state.showYearChart,
];

export function vintageRequest(state: Inputs): VintageRequest | undefined {
  const { vintage, scoreScale, compareYear, showYearChart } = state;
  const today =
    vintage.asOf.kind === 'all' &&
    scoreScale.normalisation === 'per_year' &&
    scoreScale.entropyBaseYear === undefined;
  if (today && compareYear === undefined && !showYearChart) return undefined;
  return {
    settings: vintage,
    scale: scoreScale,
    ...(compareYear === undefined ? {} : { compareWithYear: compareYear }),
    ...(showYearChart ? { series: true } : {}),
  };
}
