// A place's latency to its nearest demand hub in words: the value in ms with how it was reached
// (over the fibre graph, or an estimate), or why it is unreachable — never a 0 for no path.
import type { Lang } from '../../domain/lang';
import type { LatencyResult } from '../../domain/network/latencyToDemand';
import type { LatencyMode } from '../../domain/network/latencySettings';
import { formatNumber } from '../details/formatValue';
import { fillMessage } from '../i18n/fillMessage';
import { CONSTRAINT_MESSAGES } from './constraintMessages';

export interface LatencyText {
  /** E.g. "12.3 ms one way"; absent when unreachable or not computed. */
  readonly value?: string;
  readonly how: string;
}

const MODE_KEYS = { one_way: 'oneWay', round_trip: 'roundTrip' } as const;
const MS = { en: 'ms', zh: '毫秒' } as const;

export function describeLatency(
  result: LatencyResult | undefined,
  mode: LatencyMode,
  lang: Lang,
  hubName: (hubId: string) => string,
): LatencyText {
  const text = (key: keyof typeof CONSTRAINT_MESSAGES) => CONSTRAINT_MESSAGES[key][lang];
  if (!result) return { how: text('noLatency') };
  if (result.status === 'unreachable')
    return { how: text(result.reason === 'no_demand_hub' ? 'unreachableNoHub' : 'unreachable') };
  const value = `${formatNumber(result.latencyMs, lang, 1)} ${MS[lang]} ${text(MODE_KEYS[mode]).toLowerCase()}`;
  const how = fillMessage(text(result.status === 'fibre' ? 'viaFibre' : 'estimate'), {
    hub: hubName(result.hubId),
  });
  return { value, how };
}
