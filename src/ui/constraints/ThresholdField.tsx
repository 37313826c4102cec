// A threshold as a slider and number input with its unit, and the histogram of what the
// constraint measured, so the user sees how many fall on each side before letting go.
import { useMemo } from 'react';
import { CONSTRAINT_KIND_INFO } from '../../domain/constraints/constraintKinds';
import { constraintProblems } from '../../domain/constraints/constraintProblems';
import { formatNumber } from '../details/formatValue';
import type { EditorProps } from './editorProps';
import { Histogram } from './Histogram';
import { measuredSubjectsOf, measuredValues } from './measuredValues';
import { SliderInput } from './SliderInput';
import {
  fromDisplay,
  SLIDER_RANGES,
  thresholdOf,
  toDisplay,
  withThreshold,
  type NumericConstraint,
} from './sliderRanges';

export function ThresholdField({
  constraint,
  index,
  onChange,
  env,
}: EditorProps<NumericConstraint>) {
  const { lang, t, evaluation } = env;
  const { kind } = constraint;
  const info = CONSTRAINT_KIND_INFO[kind];
  const range = SLIDER_RANGES[kind];
  const comparison = info.comparison === 'min' ? 'min' : 'max';
  const bound = t(comparison === 'max' ? 'atMost' : 'atLeast');
  const values = useMemo(
    () => (evaluation ? measuredValues(evaluation, index, kind) : []),
    [evaluation, index, kind],
  );
  const storedRange = useMemo(
    () => ({ min: fromDisplay(range.min, range), max: fromDisplay(range.max, range) }),
    [range],
  );
  const onValue = (value: number) => {
    const next = withThreshold(constraint, fromDisplay(value, range));
    if (constraintProblems(next).length === 0) onChange(next);
  };
  const subjects = t(
    measuredSubjectsOf(kind) === 'regions' ? 'appliesToRegions' : 'appliesToSites',
  );
  return (
    <div className="threshold-field">
      <SliderInput
        label={bound}
        inputLabel={`${info.label[lang]}, ${bound}`}
        value={toDisplay(thresholdOf(constraint), range)}
        range={range}
        lang={lang}
        onValue={onValue}
      />
      {values.length > 0 ? (
        <Histogram
          values={values}
          range={storedRange}
          threshold={thresholdOf(constraint)}
          comparison={comparison}
          label={t('histogramOf', { count: formatNumber(values.length, lang), subjects })}
        />
      ) : (
        evaluation === undefined && <p className="constraint-note">{t('histogramPending')}</p>
      )}
    </div>
  );
}
