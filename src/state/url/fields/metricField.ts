// The coloured metric as `m=D` (coordination degree), `m=U:power` (one subsystem) or
// `m=I:dc_count` (one indicator). An unknown subsystem or indicator falls back to D.
import { isIndicatorId } from '../../../domain/score/indicatorIds';
import { SUBSYSTEMS, type Subsystem } from '../../../domain/score/subsystems';
import type { FieldCodec } from '../fieldCodec';
import type { Metric } from '../shareableState';

function isSubsystem(value: string): value is Subsystem {
  return (SUBSYSTEMS as readonly string[]).includes(value);
}

export const metricField: FieldCodec<'metric'> = {
  field: 'metric',
  key: 'm',
  label: { en: 'coloured metric', zh: '着色指标' },
  parse: (text, context) => {
    const [kind, name = '', ...rest] = text.split(':');
    if (rest.length > 0) return undefined;
    let value: Metric | undefined;
    if (kind === 'D' && name === '') value = { kind: 'coordination' };
    if (kind === 'U' && isSubsystem(name)) value = { kind: 'subsystem', subsystem: name };
    const known = context.knownIndicatorIds;
    if (kind === 'I' && isIndicatorId(name) && (known?.has(name) ?? true)) {
      value = { kind: 'indicator', id: name };
    }
    return value && { value, issues: [] };
  },
  normalise: (value) => ({ value, issues: [] }),
  format: (metric) => {
    if (metric.kind === 'subsystem') return `U:${metric.subsystem}`;
    if (metric.kind === 'indicator') return `I:${metric.id}`;
    return 'D';
  },
};
