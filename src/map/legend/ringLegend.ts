// Legend rows of the latency rings, one per ring latency, drawn with the ring's own colour, width
// and dash, and labelled with what the policy means by that latency where it says.
import type { Bilingual, Lang } from '../../domain/lang';
import { POLICY_RING_LATENCIES_MS } from '../../domain/network/latencyRings';
import { RING_COLOURS, ringLabel, ringStyle } from '../layers/latencyRingsLayers';
import type { Theme } from '../theme';
import { swatch, type LegendEntry, type LocalisedLegendEntry } from './legendEntry';

/** What a policy ring latency stands for (DESIGN.md, "Policy thresholds"). */
const RING_MEANINGS: Readonly<Record<number, Bilingual>> = {
  1: { en: 'within a city', zh: '城市内' },
  5: { en: 'cluster to nearby cities', zh: '集群至周边城市' },
  20: { en: 'hub to hub', zh: '枢纽之间' },
};

function ringText(latencyMs: number, lang: Lang): string {
  const meaning = RING_MEANINGS[latencyMs]?.[lang];
  const ring =
    lang === 'zh' ? `${ringLabel(latencyMs, lang)}时延圈` : `${ringLabel(latencyMs, lang)} ring`;
  return meaning ? `${ring}${lang === 'zh' ? '：' : ': '}${meaning}` : ring;
}

/** One row per ring latency, for a theme. */
export function ringLegendEntries(
  theme: Theme,
  latenciesMs: readonly number[] = POLICY_RING_LATENCIES_MS,
): LegendEntry[] {
  return latenciesMs.map((latencyMs) => ({
    key: `ring_${latencyMs}`,
    label: { en: ringText(latencyMs, 'en'), zh: ringText(latencyMs, 'zh') },
    swatch: swatch('line', {
      stroke: RING_COLOURS[theme],
      strokeWidthPx: ringStyle(latencyMs).widthPx,
      dashed: true,
    }),
  }));
}

/** The same rows with labels in `lang`, as the UI's legend renders them. */
export function ringLegend(
  lang: Lang,
  theme: Theme,
  latenciesMs: readonly number[] = POLICY_RING_LATENCIES_MS,
): LocalisedLegendEntry[] {
  return ringLegendEntries(theme, latenciesMs).map((entry) => ({
    key: entry.key,
    label: entry.label[lang],
    swatch: entry.swatch,
  }));
}

/** Title of the rings legend. */
export const RING_LEGEND_TITLE: Bilingual = {
  en: 'Latency from demand hubs',
  zh: '距需求枢纽时延',
};
