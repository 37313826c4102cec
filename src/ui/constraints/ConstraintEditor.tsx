// One constraint's controls, by kind: a threshold slider where the kind has one, and the kind's
// own choices (role, voltage, node kinds, statuses, operators). One row per kind in a table.
import type { ReactNode } from 'react';
import type { ConstraintKind, ConstraintOf } from '../../domain/constraints/constraint';
import { enumLabel } from '../enumLabels';
import { formatNumber } from '../details/formatValue';
import { CheckboxList } from './CheckboxList';
import type { EditorProps } from './editorProps';
import { PowerLineOptions } from './PowerLineOptions';
import { RoleSelect } from './RoleSelect';
import type { NumericConstraint } from './sliderRanges';
import { ThresholdField } from './ThresholdField';

type Editor<K extends ConstraintKind> = (props: EditorProps<ConstraintOf<K>>) => ReactNode;

const toggled = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list, value] : list.filter((item) => item !== value);

const threshold = (props: EditorProps<NumericConstraint>) => <ThresholdField {...props} />;

const EDITORS: { readonly [K in ConstraintKind]: Editor<K> } = {
  minNonFossilShare: threshold,
  minSpareSupply: threshold,
  maxElectricityPrice: threshold,
  maxDistanceToPowerLine: (props) => (
    <>
      <ThresholdField {...props} />
      <PowerLineOptions {...props} />
    </>
  ),
  insideHubCluster: ({ constraint, onChange, env }) => (
    <RoleSelect
      label={env.t('hubRole')}
      anyLabel={env.t('anyRole')}
      value={constraint.role}
      lang={env.lang}
      onChange={(role) => onChange({ ...constraint, role })}
    />
  ),
  maxLatency: threshold,
  maxDistanceToBackbone: (props) => {
    const { constraint, onChange, env } = props;
    return (
      <>
        <ThresholdField {...props} />
        <CheckboxList
          legend={env.t('nodeKinds')}
          options={env.choices.nodeKinds.map((kind) => ({
            value: kind,
            label: enumLabel('kind', kind, env.lang),
          }))}
          selected={new Set(constraint.nodeKinds)}
          keepOne
          onChange={(kind, on) =>
            onChange({ ...constraint, nodeKinds: toggled(constraint.nodeKinds, kind as never, on) })
          }
        />
      </>
    );
  },
  maxPue: (props) => (
    <>
      <ThresholdField {...props} />
      <RoleSelect
        label={props.env.t('hubRole')}
        anyLabel={props.env.t('anyRole')}
        value={props.constraint.hubRole}
        lang={props.env.lang}
        onChange={(hubRole) => props.onChange({ ...props.constraint, hubRole })}
      />
    </>
  ),
  minCapacity: threshold,
  statusIn: ({ constraint, onChange, env }) => (
    <CheckboxList
      legend={env.t('statuses')}
      options={env.choices.statuses.map((status) => ({
        value: status,
        label: enumLabel('status', status, env.lang),
      }))}
      selected={new Set(constraint.statuses)}
      keepOne
      onChange={(status, on) =>
        onChange({ ...constraint, statuses: toggled(constraint.statuses, status as never, on) })
      }
    />
  ),
  operatorIn: ({ constraint, onChange, env }) => (
    <CheckboxList
      legend={env.t('operators')}
      findLabel={env.t('filterOperators')}
      options={env.choices.operators.map((operator) => ({
        value: operator.name,
        label: operator.name,
        note: formatNumber(operator.siteCount, env.lang),
      }))}
      selected={new Set(constraint.operators)}
      keepOne
      onChange={(name, on) =>
        onChange({ ...constraint, operators: toggled(constraint.operators, name, on) })
      }
    />
  ),
};

export function ConstraintEditor(props: EditorProps) {
  const render = EDITORS[props.constraint.kind] as Editor<ConstraintKind>;
  return <>{render(props)}</>;
}
