// Collects the issues of one feature under a label that names the layer, the feature's index in
// `features` (0-based, as in `.features[12]`) and its id once known.
import type { LayerId } from '../domain/layerFamilies';
import { errorIssue, warningIssue, type DataIssue } from './dataIssue';

export interface FeatureContext {
  readonly layerId: LayerId;
  readonly index: number;
  readonly issues: DataIssue[];
  /** Set once the id has been read, so later messages name it. */
  id?: string;
}

export function createFeatureContext(layerId: LayerId, index: number): FeatureContext {
  return { layerId, index, issues: [] };
}

/** "<layer> feature #12 (id DCF012)". */
export function featureLabel(ctx: FeatureContext): string {
  const base = `${ctx.layerId} feature #${ctx.index}`;
  return ctx.id === undefined ? base : `${base} (id ${ctx.id})`;
}

export function warn(ctx: FeatureContext, message: string): void {
  ctx.issues.push(warningIssue(`${featureLabel(ctx)}: ${message}`));
}

export function fail(ctx: FeatureContext, message: string): void {
  ctx.issues.push(errorIssue(`${featureLabel(ctx)}: ${message}`));
}
