// A select of years with a first "none" choice (value undefined): the year to compare with, the
// year whose entropy weights are frozen.
export function YearSelect({
  value,
  years,
  noneLabel,
  onChange,
}: {
  readonly value: number | undefined;
  readonly years: readonly number[];
  readonly noneLabel: string;
  readonly onChange: (year: number | undefined) => void;
}) {
  return (
    <select
      value={value ?? ''}
      onChange={(event) =>
        onChange(event.target.value === '' ? undefined : Number(event.target.value))
      }
    >
      <option value="">{noneLabel}</option>
      {years.map((year) => (
        <option key={year} value={year}>
          {year}
        </option>
      ))}
    </select>
  );
}
