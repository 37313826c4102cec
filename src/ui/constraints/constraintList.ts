// Edits of the user's constraint list that the panel makes, each returning a new list (the store
// holds the list as an input; nothing is mutated).
import type { Constraint, ConstraintKind } from '../../domain/constraints/constraint';

/** The list with the constraint at `index` replaced. */
export function replaceAt(
  list: readonly Constraint[],
  index: number,
  next: Constraint,
): Constraint[] {
  return list.map((constraint, i) => (i === index ? next : constraint));
}

/** The list without any constraint of `kind`. */
export function removeKind(list: readonly Constraint[], kind: ConstraintKind): Constraint[] {
  return list.filter((constraint) => constraint.kind !== kind);
}

/** Positions of the constraints of `kind`, in list order. */
export function indicesOfKind(list: readonly Constraint[], kind: ConstraintKind): number[] {
  return list.flatMap((constraint, index) => (constraint.kind === kind ? [index] : []));
}
