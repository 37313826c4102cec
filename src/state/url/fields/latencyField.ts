// Latency settings as `lt=o;1.5;0[;HUB-JJJ,HUB-YRD]` (see latencySections.ts for the sections).
import type { FieldCodec } from '../fieldCodec';
import { formatLatencySections, normaliseLatency, parseLatencySections } from './latencySections';

export const latencyField: FieldCodec<'latency'> = {
  field: 'latency',
  key: 'lt',
  decodesTokens: true,
  label: { en: 'latency settings', zh: '时延设置' },
  parse: (text, context) => {
    const parsed = parseLatencySections(text.split(';'), context);
    return parsed && { value: parsed.value, issues: parsed.dropped ? ['dropped'] : [] };
  },
  normalise: normaliseLatency,
  format: (settings) => formatLatencySections(settings).join(';'),
};
