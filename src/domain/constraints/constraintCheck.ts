// The outcome of one constraint on one region or site, and of all constraints on it: what the
// detail panel shows ("fails latency ≤ 20 ms by 3.4 ms") and what the map dims.
import type { CheckNote } from './checkNotes';
import type { ConstraintKind } from './constraint';

export const CHECK_STATUSES = ['pass', 'fail', 'unknown', 'not_applicable'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export interface ConstraintCheck {
  /** Position of the constraint in the evaluated list. */
  readonly constraintIndex: number;
  readonly kind: ConstraintKind;
  readonly status: CheckStatus;
  /** The measured value in the kind's unit; absent when unknown, unreachable or not applicable. */
  readonly measured?: number | string | boolean;
  readonly threshold: number | readonly string[] | true;
  /** For a failed max/min check: how far past the threshold, in the kind's unit (> 0). */
  readonly margin?: number;
  readonly notes: readonly CheckNote[];
}

export const VERDICT_STATUSES = ['pass', 'fail', 'unknown'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export interface SubjectVerdict {
  readonly id: string;
  /** fail if any check fails; else unknown if any is unknown; else pass. */
  readonly status: VerdictStatus;
  /** Whether the subject counts as passing (unknown passes when the setting says so). */
  readonly passes: boolean;
  readonly checks: readonly ConstraintCheck[];
}
