// A number set two ways: a slider over the usual range and a number input for any other value,
// under one visible label that shows the value with its unit in the locale's format.
import { useId, type ReactNode } from 'react';
import type { Lang } from '../../domain/lang';
import { formatNumber } from '../details/formatValue';
import { sliderPosition, type SliderRange } from './sliderRanges';

export interface SliderInputProps {
  /** Visible text before the value, e.g. "at most". */
  readonly label: ReactNode;
  /** Accessible name of the number input (the slider takes the visible label). */
  readonly inputLabel: string;
  /** Display units. */
  readonly value: number;
  readonly range: SliderRange;
  readonly lang: Lang;
  /** A finite display value the user chose; the caller checks and stores it. */
  readonly onValue: (value: number) => void;
}

export function SliderInput({ label, inputLabel, value, range, lang, onValue }: SliderInputProps) {
  const id = useId();
  const unit = range.unit[lang];
  const commit = (text: string) => {
    const next = Number(text);
    if (text.trim() !== '' && Number.isFinite(next)) onValue(next);
  };
  return (
    <div className="slider-input">
      <label htmlFor={`${id}-slider`} className="slider-label">
        {label}{' '}
        <output htmlFor={`${id}-slider`}>
          {formatNumber(value, lang)}
          {unit && ` ${unit}`}
        </output>
      </label>
      <div className="slider-row">
        <input
          id={`${id}-slider`}
          type="range"
          min={range.min}
          max={range.max}
          step={range.step}
          value={sliderPosition(value, range)}
          onChange={(event) => commit(event.target.value)}
        />
        <input
          type="number"
          className="slider-number"
          aria-label={unit ? `${inputLabel} (${unit})` : inputLabel}
          step={range.step}
          value={value}
          onChange={(event) => commit(event.target.value)}
        />
      </div>
    </div>
  );
}
