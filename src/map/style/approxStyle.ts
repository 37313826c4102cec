// How approximate or schematic geometry is marked: lines dashed, point outlines dashed and lighter.
import type { FeatureCommon } from '../../domain/atlas';

/** Dash pattern [dash, gap] in pixels for schematic lines. */
export const DASH_PX: readonly [number, number] = [6, 4];
/** A solid line in PathStyleExtension terms (a zero gap). */
export const SOLID: readonly [number, number] = [0, 0];

/** True when the feature's geometry is approximate and so drawn dashed. */
export function isDashed(feature: Pick<FeatureCommon, 'approx'>): boolean {
  return feature.approx;
}

/** The dash array to draw a feature with: dashed when approximate, solid otherwise. */
export function dashArrayOf(feature: Pick<FeatureCommon, 'approx'>): readonly [number, number] {
  return isDashed(feature) ? DASH_PX : SOLID;
}

/** Outline dash of approximate point symbols, in outline widths [dash, gap] (scatterplot units). */
export const POINT_DASH: readonly [number, number] = [3, 2];

export function pointDashArrayOf(
  feature: Pick<FeatureCommon, 'approx'>,
): readonly [number, number] {
  return isDashed(feature) ? POINT_DASH : SOLID;
}
