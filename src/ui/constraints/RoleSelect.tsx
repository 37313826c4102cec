// A labelled select of a hub role, or any role.
import { useId } from 'react';
import { HUB_ROLES } from '../../domain/atlas';
import type { HubRoleFilter } from '../../domain/constraints/constraint';
import type { Lang } from '../../domain/lang';
import { enumLabel } from '../enumLabels';

const ROLE_FILTERS: readonly HubRoleFilter[] = ['any', ...HUB_ROLES];

export interface RoleSelectProps {
  readonly label: string;
  readonly anyLabel: string;
  readonly value: HubRoleFilter;
  readonly lang: Lang;
  readonly onChange: (role: HubRoleFilter) => void;
}

export function RoleSelect({ label, anyLabel, value, lang, onChange }: RoleSelectProps) {
  const id = useId();
  return (
    <div className="constraint-option">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as HubRoleFilter)}
      >
        {ROLE_FILTERS.map((role) => (
          <option key={role} value={role}>
            {role === 'any' ? anyLabel : enumLabel('role', role, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
