// The sections of the site-finder key: criterion weights as `id:w` (a negative weight reads a
// two-way criterion as a penalty) and masks as `id:threshold`. Unknown criteria are dropped, a
// penalty on a one-way criterion too; numbers are clamped into their ranges.
import {
  CRITERIA,
  criterionDef,
  isCriterionId,
  type CriterionId,
} from '../../../domain/sites/criteria';
import type { SiteMask } from '../../../domain/sites/siteSettings';
import type { FieldIssue } from '../fieldCodec';
import { fitToBounds, formatBounded, parseBounded, type Bounds } from './bounded';

export const SITE_WEIGHT_BOUNDS: Bounds = { min: 0, max: 1, decimals: 3 };

export interface Issues {
  dropped: boolean;
  clamped: boolean;
}

export const issuesOf = (i: Issues): FieldIssue[] => [
  ...(i.dropped ? (['dropped'] as const) : []),
  ...(i.clamped ? (['clamped'] as const) : []),
];

function pairs(text: string, issues: Issues) {
  return (text === '' ? [] : text.split(',')).flatMap((pair) => {
    const [id = '', number = '', ...rest] = pair.split(':');
    const value = parseBounded(number);
    if (rest.length > 0 || !isCriterionId(id) || value === undefined) {
      issues.dropped = true;
      return [];
    }
    return [[id, value] as const];
  });
}

export function parseWeights(text: string, issues: Issues) {
  const weights = Object.fromEntries(CRITERIA.map((c) => [c.id, 0])) as Record<CriterionId, number>;
  const penalties: CriterionId[] = [];
  for (const [id, w] of pairs(text, issues)) {
    weights[id] = Math.abs(w);
    if (w < 0 && criterionDef(id).bothWays) penalties.push(id);
    else if (w < 0) issues.dropped = true;
  }
  return { weights, penalties };
}

export function parseMasks(text: string, issues: Issues): SiteMask[] {
  return pairs(text, issues).flatMap(([id, threshold]) => {
    if (criterionDef(id).mask) return [{ id, threshold }];
    issues.dropped = true;
    return [];
  });
}

export function maskBounds(id: CriterionId): Bounds {
  const [min, max] = criterionDef(id).mask?.range ?? [0, 0];
  return { min, max, decimals: 1 };
}

export function formatWeights(
  weights: Readonly<Record<CriterionId, number>>,
  penalties: readonly CriterionId[],
) {
  return CRITERIA.flatMap((c) => {
    const w = weights[c.id];
    if (!(w > 0)) return [];
    const sign = penalties.includes(c.id) ? '-' : '';
    return [`${c.id}:${sign}${formatBounded(w, SITE_WEIGHT_BOUNDS)}`];
  }).join(',');
}

export function formatMasks(masks: readonly SiteMask[]) {
  return masks.map((m) => `${m.id}:${formatBounded(m.threshold, maskBounds(m.id))}`).join(',');
}

/** Weights clamped and rounded, penalties kept only on two-way criteria with a weight, masks one
 * per masked criterion in CRITERIA order with thresholds in range. */
export function normaliseCriteria(
  weights: Readonly<Record<CriterionId, number>>,
  penalties: readonly CriterionId[],
  masks: readonly SiteMask[],
  issues: Issues,
) {
  const fit = (value: number, bounds: Bounds) => {
    const result = fitToBounds(value, bounds);
    issues.clamped ||= result.clamped;
    return result.value;
  };
  const fixed = Object.fromEntries(
    CRITERIA.map((c) => [c.id, fit(weights[c.id] ?? 0, SITE_WEIGHT_BOUNDS)]),
  ) as Record<CriterionId, number>;
  const kept = CRITERIA.filter((c) => c.bothWays && penalties.includes(c.id) && fixed[c.id] > 0);
  const maskRows = CRITERIA.flatMap((c) => {
    const mask = c.mask && masks.find((m) => m.id === c.id);
    return mask ? [{ id: c.id, threshold: fit(mask.threshold, maskBounds(c.id)) }] : [];
  });
  return { weights: fixed, penalties: kept.map((c) => c.id), masks: maskRows };
}
