// A labelled group of checkboxes for a set-valued choice (statuses, operators, node kinds, demand
// hubs). Long lists get a find box; with `keepOne` the last ticked box cannot be unticked.
import { useId, useState } from 'react';

export interface CheckboxOption {
  readonly value: string;
  readonly label: string;
  /** Shown muted after the label, e.g. a count. */
  readonly note?: string;
}

export interface CheckboxListProps {
  readonly legend: string;
  readonly options: readonly CheckboxOption[];
  readonly selected: ReadonlySet<string>;
  readonly onChange: (value: string, checked: boolean) => void;
  readonly keepOne?: boolean;
  /** Label of the find box, shown when there are more than FIND_FROM options. */
  readonly findLabel?: string;
}

const FIND_FROM = 8;

export function CheckboxList({
  legend,
  options,
  selected,
  onChange,
  keepOne = false,
  findLabel,
}: CheckboxListProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = needle
    ? options.filter((o) => selected.has(o.value) || o.label.toLowerCase().includes(needle))
    : options;
  return (
    <fieldset className="checkbox-list">
      <legend>{legend}</legend>
      {findLabel && options.length > FIND_FROM && (
        <input
          type="search"
          className="checkbox-find"
          aria-label={findLabel}
          placeholder={findLabel}
          id={`${id}-find`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      )}
      <ul>
        {shown.map((option) => {
          const checked = selected.has(option.value);
          return (
            <li key={option.value}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={keepOne && checked && selected.size === 1}
                  onChange={(event) => onChange(option.value, event.target.checked)}
                />
                <span>{option.label}</span>
                {option.note && <span className="checkbox-note">{option.note}</span>}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
