// Latency settings as `lt=MODE;ROUTE_FACTOR;HOP_MS[;HUB,…]`: mode o(ne way) or r(ound trip), route
// factor 1–5, per-hop overhead 0–20 ms, then the demand hubs when the user chose them (an empty
// fourth section means "none"; no fourth section means the default eastern demand hubs).
import type { LatencyMode, LatencySettings } from '../../../domain/network/latencySettings';
import type { FieldCodec, FieldIssue } from '../fieldCodec';
import { clamp, formatNumber, parseNumber, roundTo } from '../numberText';
import { formatIdList, normaliseIdList, parseIdList } from './idList';

export const LATENCY_LIMITS = {
  routeFactor: [1, 5],
  perHopOverheadMs: [0, 20],
  demandHubs: 64,
} as const;
const DECIMALS = 2;

const MODE_CODES: Readonly<Record<LatencyMode, string>> = { one_way: 'o', round_trip: 'r' };

function modeOfCode(code: string | undefined): LatencyMode | undefined {
  return (Object.keys(MODE_CODES) as LatencyMode[]).find((mode) => MODE_CODES[mode] === code);
}

function inRange(value: number, [min, max]: readonly [number, number]) {
  const safe = Number.isFinite(value) ? value : min;
  const clamped = clamp(safe, min, max);
  return { value: roundTo(clamped, DECIMALS), clamped: clamped !== value };
}

function withHubs(settings: Omit<LatencySettings, 'demandHubIds'>, hubs: string[] | undefined) {
  return hubs === undefined ? settings : { ...settings, demandHubIds: hubs };
}

export const latencyField: FieldCodec<'latency'> = {
  field: 'latency',
  key: 'lt',
  decodesTokens: true,
  label: { en: 'latency settings', zh: '时延设置' },
  parse: (text, context) => {
    const [modeCode, factorText = '', hopText = '', hubsText, ...rest] = text.split(';');
    const mode = modeOfCode(modeCode);
    const routeFactor = parseNumber(factorText);
    const perHopOverheadMs = parseNumber(hopText);
    if (mode === undefined || routeFactor === undefined || perHopOverheadMs === undefined) {
      return undefined;
    }
    if (rest.length > 0) return undefined;
    const known = context.knownHubIds;
    const hubs =
      hubsText === undefined ? undefined : parseIdList(hubsText, (id) => known?.has(id) ?? true);
    const value = withHubs({ mode, routeFactor, perHopOverheadMs }, hubs?.ids);
    return { value, issues: hubs?.dropped ? ['dropped'] : [] };
  },
  normalise: (settings) => {
    const factor = inRange(settings.routeFactor, LATENCY_LIMITS.routeFactor);
    const hop = inRange(settings.perHopOverheadMs, LATENCY_LIMITS.perHopOverheadMs);
    const hubs =
      settings.demandHubIds && normaliseIdList(settings.demandHubIds, LATENCY_LIMITS.demandHubs);
    const issues: FieldIssue[] = [];
    if (hubs?.dropped) issues.push('dropped');
    if (factor.clamped || hop.clamped || hubs?.clamped) issues.push('clamped');
    const base = { mode: settings.mode, routeFactor: factor.value, perHopOverheadMs: hop.value };
    return { value: withHubs(base, hubs?.ids), issues };
  },
  format: (settings) => {
    const sections = [
      MODE_CODES[settings.mode],
      formatNumber(settings.routeFactor, DECIMALS),
      formatNumber(settings.perHopOverheadMs, DECIMALS),
    ];
    if (settings.demandHubIds) sections.push(formatIdList(settings.demandHubIds));
    return sections.join(';');
  },
};
