// Every criterion measured for a grid, with the criteria that cannot be measured named: one whose
// layer is empty (absent, failed or removed) or that yields no value anywhere is unavailable —
// left out of scores with a notice — rather than making every cell incomplete.
import type { LayerId } from '../layerFamilies';
import { CRITERIA, type CriterionId } from './criteria';
import { CRITERION_MEASURES, type SiteMeasureContext } from './measureCriteria';

export type Unavailable =
  | { readonly id: CriterionId; readonly reason: 'empty_layer'; readonly layer: LayerId }
  | { readonly id: CriterionId; readonly reason: 'no_value' };

export interface CriteriaMatrix {
  /** Raw values per criterion (CRITERIA order), grid order; NaN where missing. */
  readonly values: Readonly<Record<CriterionId, Float64Array>>;
  readonly unavailable: readonly Unavailable[];
  /** Milliseconds each measure took. */
  readonly measureMs: Readonly<Record<CriterionId, number>>;
}

/** Measures `only` (default: every criterion) and copies the rest from `previous`. */
export function measureAllCriteria(
  ctx: SiteMeasureContext,
  only: readonly CriterionId[] = CRITERIA.map((c) => c.id),
  previous?: CriteriaMatrix,
): CriteriaMatrix {
  const values = { ...previous?.values } as Record<CriterionId, Float64Array>;
  const measureMs = { ...previous?.measureMs } as Record<CriterionId, number>;
  const cellCount = ctx.grid.cellIds.length;
  for (const def of CRITERIA) {
    if (!only.includes(def.id) && values[def.id]) continue;
    const start = performance.now();
    const empty = def.reads.find((layer) => ctx.atlas[layer].length === 0);
    const column = empty ? new Float64Array(cellCount).fill(NaN) : CRITERION_MEASURES[def.id](ctx);
    for (let i = 0; i < column.length; i++) if (!Number.isFinite(column[i])) column[i] = NaN;
    values[def.id] = column;
    measureMs[def.id] = performance.now() - start;
  }
  const unavailable = CRITERIA.flatMap((def): Unavailable[] => {
    const empty = def.reads.find((layer) => ctx.atlas[layer].length === 0);
    if (empty) return [{ id: def.id, reason: 'empty_layer', layer: empty }];
    return values[def.id]!.some((v) => !Number.isNaN(v)) || cellCount === 0
      ? []
      : [{ id: def.id, reason: 'no_value' }];
  });
  return { values, unavailable, measureMs };
}
