// What the map does with a constraint evaluation: regions that do not pass are dimmed, sites (the
// judged point families) that do not pass fade. The key changes exactly when the failing sets change,
// so the map re-colours only when something it shows would differ.
import { SITE_LAYER_IDS, type LayerRecords, type SiteLayerId } from '../domain/layerFamilies';
import type { SubjectVerdict } from '../domain/constraints/constraintCheck';
import type { ConstraintEvaluation } from '../domain/constraints/evaluateConstraints';

export interface ConstraintMapFilter {
  readonly dimmedRegionIds: ReadonlySet<string>;
  readonly filteredOut: {
    readonly [L in SiteLayerId]?: (record: LayerRecords[L]) => boolean;
  };
  /** Same text for the same failing regions and sites; a deck.gl update trigger. */
  readonly filterKey: string;
}

function failingIds(verdicts: readonly SubjectVerdict[]): Set<string> {
  const ids = new Set<string>();
  for (const verdict of verdicts) if (!verdict.passes) ids.add(verdict.id);
  return ids;
}

/** FNV-1a over the ids, as 8 hex digits: short and stable for the same list. */
function hashIds(ids: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The filter for an evaluation; undefined when no constraint is set (nothing to dim). */
export function constraintMapFilter(
  evaluation: ConstraintEvaluation,
  constraintCount: number,
): ConstraintMapFilter | undefined {
  if (constraintCount === 0) return undefined;
  const regions = failingIds(evaluation.regions);
  const sites = SITE_LAYER_IDS.map((layer) => [layer, failingIds(evaluation[layer])] as const);
  const key = [regions, ...sites.map(([, ids]) => ids)]
    .map((ids) => `${ids.size}.${hashIds(ids)}`)
    .join('-');
  const filteredOut = Object.fromEntries(
    sites.map(([layer, ids]) => [layer, (record: { id: string }) => ids.has(record.id)]),
  );
  return { dimmedRegionIds: regions, filteredOut, filterKey: `constraints:${key}` };
}
