// Latency settings as text sections `MODE;ROUTE_FACTOR;HOP_MS[;HUB,…]`, shared by the global
// latency key and the latency constraint: mode o(ne way) or r(ound trip), route factor 1–5,
// per-hop overhead 0–20 ms, then the demand hubs when chosen (empty = none, absent = default hubs).
import type { LatencyMode, LatencySettings } from '../../../domain/network/latencySettings';
import type { DecodeContext, FieldIssue } from '../fieldCodec';
import { fitToBounds, formatBounded, parseBounded, type Bounds } from './bounded';
import { formatIdList, normaliseIdList, parseIdList } from './idList';

export const LATENCY_BOUNDS = {
  routeFactor: { min: 1, max: 5, decimals: 2 },
  perHopOverheadMs: { min: 0, max: 20, decimals: 2 },
} as const satisfies Record<string, Bounds>;
export const MAX_DEMAND_HUBS = 64;

const MODE_CODES: Readonly<Record<LatencyMode, string>> = { one_way: 'o', round_trip: 'r' };

function modeOfCode(code: string | undefined): LatencyMode | undefined {
  return (Object.keys(MODE_CODES) as LatencyMode[]).find((mode) => MODE_CODES[mode] === code);
}

function withHubs(settings: Omit<LatencySettings, 'demandHubIds'>, hubs: string[] | undefined) {
  return hubs === undefined ? settings : { ...settings, demandHubIds: hubs };
}

/** Settings from 3 or 4 sections; undefined when malformed. */
export function parseLatencySections(
  sections: readonly string[],
  context: DecodeContext,
): { value: LatencySettings; dropped: boolean } | undefined {
  const [modeCode, factorText = '', hopText = '', hubsText] = sections;
  const mode = modeOfCode(modeCode);
  const routeFactor = parseBounded(factorText);
  const perHopOverheadMs = parseBounded(hopText);
  if (sections.length > 4 || !mode || routeFactor === undefined || perHopOverheadMs === undefined) {
    return undefined;
  }
  const known = context.knownHubIds;
  const hubs =
    hubsText === undefined ? undefined : parseIdList(hubsText, (id) => known?.has(id) ?? true);
  const value = withHubs({ mode, routeFactor, perHopOverheadMs }, hubs?.ids);
  return { value, dropped: hubs?.dropped ?? false };
}

export function normaliseLatency(settings: LatencySettings): {
  value: LatencySettings;
  issues: FieldIssue[];
} {
  const factor = fitToBounds(settings.routeFactor, LATENCY_BOUNDS.routeFactor);
  const hop = fitToBounds(settings.perHopOverheadMs, LATENCY_BOUNDS.perHopOverheadMs);
  const hubs = settings.demandHubIds && normaliseIdList(settings.demandHubIds, MAX_DEMAND_HUBS);
  const issues: FieldIssue[] = [];
  if (hubs?.dropped) issues.push('dropped');
  if (factor.clamped || hop.clamped || hubs?.clamped) issues.push('clamped');
  const base = { mode: settings.mode, routeFactor: factor.value, perHopOverheadMs: hop.value };
  return { value: withHubs(base, hubs?.ids), issues };
}

export function formatLatencySections(settings: LatencySettings): string[] {
  const sections = [
    MODE_CODES[settings.mode],
    formatBounded(settings.routeFactor, LATENCY_BOUNDS.routeFactor),
    formatBounded(settings.perHopOverheadMs, LATENCY_BOUNDS.perHopOverheadMs),
  ];
  if (settings.demandHubIds) sections.push(formatIdList(settings.demandHubIds));
  return sections;
}
