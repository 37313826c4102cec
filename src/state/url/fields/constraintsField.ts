// The constraints as `k=lat:20:o:1.5:0;pue:1.25:east_demand;nf:0.8`: one item per constraint, in
// the user's order, codes and arguments from constraintCodecs.ts. Items are handled one by one: an
// unknown or broken item is dropped with a notice, the others stay.
import type { Constraint, ConstraintKind } from '../../../domain/constraints/constraint';
import { constraintProblems } from '../../../domain/constraints/constraintProblems';
import type { DecodeContext, FieldCodec, FieldIssue } from '../fieldCodec';
import type { Fitted } from './constraintArgs';
import { CONSTRAINT_CODECS, type ConstraintCodec } from './constraintCodecs';

/** More than any preset or hand-made filter set needs; keeps a link short. */
export const MAX_CONSTRAINTS = 24;

type AnyConstraintCodec = ConstraintCodec<ConstraintKind>;

const codecOf = (kind: ConstraintKind) => CONSTRAINT_CODECS[kind] as unknown as AnyConstraintCodec;

const KIND_BY_CODE: ReadonlyMap<string, ConstraintKind> = new Map(
  (Object.keys(CONSTRAINT_CODECS) as ConstraintKind[]).map((kind) => [codecOf(kind).code, kind]),
);

function parseItem(item: string, context: DecodeContext): Fitted<Constraint> | undefined {
  const [code = '', ...args] = item.split(':');
  const kind = KIND_BY_CODE.get(code);
  return kind && codecOf(kind).parse(args, context);
}

/** The canonical constraint, or undefined when it cannot be evaluated even after clamping. */
function fitItem(constraint: Constraint): Fitted<Constraint> | undefined {
  const fitted = codecOf(constraint.kind).fit(constraint);
  return fitted && constraintProblems(fitted.value).length === 0 ? fitted : undefined;
}

export const constraintsField: FieldCodec<'constraints'> = {
  field: 'constraints',
  key: 'k',
  decodesTokens: true,
  label: { en: 'constraints', zh: '约束条件' },
  parse: (text, context) => {
    const items = text === '' ? [] : text.split(';');
    const parsed = items.map((item) => parseItem(item, context));
    const value = parsed.flatMap((item) => (item ? [item.value] : []));
    const dropped = parsed.some((item) => !item || item.dropped);
    return { value, issues: dropped ? ['dropped'] : [] };
  },
  normalise: (constraints) => {
    const fitted = constraints.map(fitItem);
    const valid = fitted.flatMap((item) => (item ? [item.value] : []));
    const issues: FieldIssue[] = [];
    if (fitted.some((item) => !item || item.dropped)) issues.push('dropped');
    if (valid.length > MAX_CONSTRAINTS || fitted.some((item) => item?.clamped))
      issues.push('clamped');
    return { value: valid.slice(0, MAX_CONSTRAINTS), issues };
  },
  format: (constraints) =>
    constraints.length === 0
      ? undefined
      : constraints
          .map((c) => [codecOf(c.kind).code, ...codecOf(c.kind).format(c)].join(':'))
          .join(';'),
};
