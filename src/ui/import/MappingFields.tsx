// For a generic GeoJSON or CSV: which of the file's columns holds each schema property, as one
// labelled select per property, prefilled from suggestMapping.
import { useId } from 'react';
import {
  MAPPING_ROLES,
  type ColumnMapping,
  type MappingRole,
} from '../../data/importers/suggestMapping';
import { useAppStore } from '../../state/AppStoreContext';
import { ROLE_LABELS } from './importMessages';
import { useImportT } from './useImportT';

export interface MappingFieldsProps {
  readonly columns: readonly string[];
  readonly mapping: ColumnMapping;
  onChange(mapping: ColumnMapping): void;
}

export function MappingFields({ columns, mapping, onChange }: MappingFieldsProps) {
  const t = useImportT();
  const lang = useAppStore((state) => state.lang);
  const id = useId();
  const set = (role: MappingRole, column: string) => {
    const next: Partial<Record<MappingRole, string>> = { ...mapping };
    if (column) next[role] = column;
    else delete next[role];
    onChange(next);
  };
  return (
    <fieldset className="import-mapping">
      <legend>{t('mapping')}</legend>
      {MAPPING_ROLES.map((role) => (
        <div key={role} className="import-field">
          <label htmlFor={`${id}-${role}`}>{ROLE_LABELS[role][lang]}</label>
          <select
            id={`${id}-${role}`}
            name={`map-${role}`}
            value={mapping[role] ?? ''}
            onChange={(event) => set(role, event.target.value)}
          >
            <option value="">{t('noColumn')}</option>
            {columns.map((column) => (
              <option key={column} value={column}>
                {column}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
