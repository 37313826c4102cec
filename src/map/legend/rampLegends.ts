// Legend rows of the score ramps: ten coordination classes (red = imbalance → blue =
// coordination), five viridis stops for a single indicator, and the no-data grey of both.
import type { Bilingual } from '../../domain/lang';
import { hexToRgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import { COORDINATION_CLASS_COUNT, coordinationClassColour, indicatorColour } from '../ramps';
import { swatch, type LegendEntry } from './legendEntry';

export const RAMP_LEGEND_IDS = ['coordination', 'indicator'] as const;
export type RampLegendId = (typeof RAMP_LEGEND_IDS)[number];

const NO_DATA: LegendEntry = {
  key: 'no_data',
  label: { en: 'No data', zh: '无数据' },
  swatch: swatch('area', { fill: hexToRgba(NO_DATA_COLOUR) }),
};

function classLabel(index: number): Bilingual {
  const n = index + 1;
  if (index === 0) return { en: `${n} · severe imbalance`, zh: `${n} · 严重失调` };
  if (index === COORDINATION_CLASS_COUNT - 1)
    return { en: `${n} · high coordination`, zh: `${n} · 高度协调` };
  return { en: `${n}`, zh: `${n}` };
}

function coordination(): LegendEntry[] {
  const rows = Array.from({ length: COORDINATION_CLASS_COUNT }, (_, index) => ({
    key: `class_${index}`,
    label: classLabel(index),
    swatch: swatch('area', { fill: coordinationClassColour(index) }),
  }));
  return [...rows, NO_DATA];
}

const INDICATOR_STOPS = [0, 0.25, 0.5, 0.75, 1] as const;

function indicator(): LegendEntry[] {
  const rows = INDICATOR_STOPS.map((t) => ({
    key: `stop_${t}`,
    label:
      t === 0
        ? { en: 'Lowest', zh: '最低' }
        : t === 1
          ? { en: 'Highest', zh: '最高' }
          : { en: `${t * 100}%`, zh: `${t * 100}%` },
    swatch: swatch('area', { fill: indicatorColour(t) }),
  }));
  return [...rows, NO_DATA];
}

export const RAMP_LEGENDS: Readonly<Record<RampLegendId, () => LegendEntry[]>> = {
  coordination,
  indicator,
};
