// The constraint verdicts of an evaluation, kept for the constraints they were asked for: asked
// again, they are not recomputed; asked of a scenario whose baseline has them and whose changes
// touch nothing the constraints measure against, only the changed features are judged.
import type { Constraint } from '../domain/constraints/constraint';
import {
  evaluateConstraints,
  type ConstraintEvaluation,
} from '../domain/constraints/evaluateConstraints';
import { sameMeasuredAgainst } from '../domain/scenario/measuredAgainst';
import type { AnalysisState } from './analyse';

export function constraintsOf(
  state: AnalysisState,
  constraints: readonly Constraint[],
): ConstraintEvaluation {
  const key = JSON.stringify(constraints);
  if (state.lastConstraints?.key === key) return state.lastConstraints.evaluation;
  const base = state.previous;
  const atlas = state.context.atlas;
  const previous =
    base?.lastConstraints?.key === key && sameMeasuredAgainst(base.context.atlas, atlas)
      ? { atlas: base.context.atlas, evaluation: base.lastConstraints.evaluation }
      : undefined;
  const evaluation = evaluateConstraints(state.context, constraints, { previous });
  state.lastConstraints = { key, evaluation };
  return evaluation;
}
