// What every constraint editor receives: its constraint, how to replace it, and the shared
// environment (language, strings, dataset choices, the latest evaluation for histograms).
import type { Constraint } from '../../domain/constraints/constraint';
import type { ConstraintEvaluation } from '../../domain/constraints/evaluateConstraints';
import type { Lang } from '../../domain/lang';
import type { DatasetChoices } from './datasetChoices';
import type { ConstraintText } from './useConstraintText';

export interface EditorEnv {
  readonly lang: Lang;
  readonly t: ConstraintText;
  readonly choices: DatasetChoices;
  /** The worker's latest evaluation, when there is one. */
  readonly evaluation: ConstraintEvaluation | undefined;
}

export interface EditorProps<C extends Constraint = Constraint> {
  readonly constraint: C;
  /** Position in the user's list (the evaluation's checks use the same index). */
  readonly index: number;
  readonly onChange: (next: Constraint) => void;
  readonly env: EditorEnv;
}
