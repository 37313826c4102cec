// A small bar chart of measured values with the threshold drawn as a line: bars on the passing
// side in the accent colour, the others muted. The bins are computed once per set of values, so
// dragging the threshold only moves the line.
import { useMemo } from 'react';
import { histogram, type HistogramRange } from './histogram';

const WIDTH = 240;
const HEIGHT = 36;
const BINS = 24;

export interface HistogramProps {
  readonly values: readonly number[];
  /** The range the bins span, in the values' unit (the slider's range). */
  readonly range: HistogramRange;
  readonly threshold: number;
  /** max: values at or under the threshold pass; min: at or over. */
  readonly comparison: 'max' | 'min';
  /** Read out to assistive technology and shown on hover. */
  readonly label: string;
}

export function Histogram({ values, range, threshold, comparison, label }: HistogramProps) {
  const bins = useMemo(() => histogram(values, BINS, range), [values, range]);
  const peak = Math.max(1, ...bins.map((bin) => bin.count));
  const span = range.max - range.min || 1;
  const x = (value: number) => ((value - range.min) / span) * WIDTH;
  const thresholdX = Math.min(WIDTH, Math.max(0, x(threshold)));
  return (
    <svg
      className="constraint-histogram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {bins.map((bin) => {
        const centre = (bin.from + bin.to) / 2;
        const passes = comparison === 'max' ? centre <= threshold : centre >= threshold;
        const height = (bin.count / peak) * (HEIGHT - 2);
        return (
          <rect
            key={bin.from}
            className={passes ? 'bar-pass' : 'bar-fail'}
            x={x(bin.from) + 0.5}
            y={HEIGHT - height}
            width={Math.max(0, x(bin.to) - x(bin.from) - 1)}
            height={height}
          />
        );
      })}
      <line className="threshold-line" x1={thresholdX} x2={thresholdX} y1={0} y2={HEIGHT} />
    </svg>
  );
}
