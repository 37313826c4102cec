// One group of constraint kinds (power, network or compute): per kind a switch that adds or
// removes it and, while on, the editor of each constraint of that kind in the user's list.
import type { ReactNode } from 'react';
import type { Constraint, ConstraintKind } from '../../domain/constraints/constraint';
import {
  CONSTRAINT_KIND_INFO,
  CONSTRAINT_KINDS,
  type AppliesTo,
  type ConstraintGroup,
} from '../../domain/constraints/constraintKinds';
import { indicesOfKind, removeKind, replaceAt } from './constraintList';
import type { ConstraintMessageKey } from './constraintMessages';
import { ConstraintEditor } from './ConstraintEditor';
import { defaultConstraint, type DefaultContext } from './defaultConstraint';
import type { EditorEnv } from './editorProps';

const GROUP_KEYS: Readonly<Record<ConstraintGroup, ConstraintMessageKey>> = {
  power: 'groupPower',
  network: 'groupNetwork',
  compute: 'groupCompute',
};

const APPLIES_KEYS: Readonly<Record<AppliesTo, ConstraintMessageKey>> = {
  regions: 'appliesToRegions',
  sites: 'appliesToSites',
  both: 'appliesToBoth',
};

export interface ConstraintGroupSectionProps {
  readonly group: ConstraintGroup;
  readonly constraints: readonly Constraint[];
  readonly onConstraints: (next: readonly Constraint[]) => void;
  readonly defaults: DefaultContext;
  readonly env: EditorEnv;
  /** Shown at the end of the group (the network group's latency settings). */
  readonly children?: ReactNode;
}

export function ConstraintGroupSection(props: ConstraintGroupSectionProps) {
  const { group, constraints, onConstraints, defaults, env, children } = props;
  const kinds = CONSTRAINT_KINDS.filter((kind) => CONSTRAINT_KIND_INFO[kind].group === group);
  const toggle = (kind: ConstraintKind, on: boolean) => {
    const added = on ? defaultConstraint(kind, defaults) : undefined;
    onConstraints(added ? [...constraints, added] : removeKind(constraints, kind));
  };
  return (
    <section className="constraint-group" aria-labelledby={`constraint-group-${group}`}>
      <h3 id={`constraint-group-${group}`}>{env.t(GROUP_KEYS[group])}</h3>
      <ul className="constraint-kinds">
        {kinds.map((kind) => {
          const info = CONSTRAINT_KIND_INFO[kind];
          const indices = indicesOfKind(constraints, kind);
          const available = indices.length > 0 || defaultConstraint(kind, defaults) !== undefined;
          return (
            <li key={kind} data-kind={kind} className={indices.length > 0 ? 'on' : undefined}>
              <label className="constraint-switch">
                <input
                  type="checkbox"
                  checked={indices.length > 0}
                  disabled={!available}
                  onChange={(event) => toggle(kind, event.target.checked)}
                />
                <span>{info.label[env.lang]}</span>
                <span className="constraint-applies">{env.t(APPLIES_KEYS[info.appliesTo])}</span>
              </label>
              {indices.map((index) => (
                <div key={index} className="constraint-editor">
                  <ConstraintEditor
                    constraint={constraints[index]!}
                    index={index}
                    env={env}
                    onChange={(next) => onConstraints(replaceAt(constraints, index, next))}
                  />
                  {indices.length > 1 && (
                    <button
                      type="button"
                      className="text-button constraint-remove"
                      onClick={() => onConstraints(constraints.filter((_, i) => i !== index))}
                    >
                      {env.t('remove')}
                    </button>
                  )}
                </div>
              ))}
            </li>
          );
        })}
      </ul>
      {children}
    </section>
  );
}
