// A labelled one-line text input with an optional hint tied to it by aria-describedby.
import { useId } from 'react';

export interface TextFieldProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly hint?: string;
  onChange(value: string): void;
}

export function TextField({ label, name, value, hint, onChange }: TextFieldProps) {
  const id = useId();
  return (
    <div className="import-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <small id={`${id}-hint`} className="import-hint">
          {hint}
        </small>
      )}
    </div>
  );
}
