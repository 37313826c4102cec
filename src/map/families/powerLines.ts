// Power lines by voltage class (OpenInfraMap convention): colour by class and current, width by
// voltage, lighter while not built, dashed where the route is schematic. DC ≥ 800 kV is UHV DC
// (±800/±1100); AC ≥ 1000 kV is UHV AC; 500–799 kV of either current is 500–750 kV.
import type { PowerLine } from '../../domain/atlas';
import type { Bilingual } from '../../domain/lang';
import { hexToRgba, type Rgba } from '../colour';
import { lineLayer } from '../layers/lineLayer';
import { swatch } from '../legend/legendEntry';
import { approxLineEntry } from '../legend/sharedEntries';
import type { MapFamily } from './mapFamily';

export const VOLTAGE_CLASSES = ['uhv_dc', 'uhv_ac', 'ehv', 'lower'] as const;
export type VoltageClass = (typeof VOLTAGE_CLASSES)[number];

export interface VoltageClassStyle {
  readonly colour: string;
  readonly widthPx: number;
  readonly label: Bilingual;
}

export const VOLTAGE_CLASS_STYLES: Readonly<Record<VoltageClass, VoltageClassStyle>> = {
  uhv_dc: {
    colour: '#D81B60',
    widthPx: 3.5,
    label: { en: 'UHV DC ±800/±1100 kV', zh: '特高压直流 ±800/±1100 kV' },
  },
  uhv_ac: {
    colour: '#E53935',
    widthPx: 3,
    label: { en: 'UHV AC 1000 kV', zh: '特高压交流 1000 kV' },
  },
  ehv: { colour: '#FB8C00', widthPx: 2, label: { en: '500–750 kV', zh: '500–750 kV' } },
  lower: {
    colour: '#9E9E9E',
    widthPx: 1.2,
    label: { en: 'Below 500 kV or unknown', zh: '500 kV 以下或未知' },
  },
};

/** Lines not yet built are drawn at this opacity (0–1). */
const NOT_BUILT_OPACITY = 0.55;

/**
 * The voltage class of a line. Without a `current`, 800–999 kV is taken as DC (China has no AC
 * level there; ±800 kV is DC only) and ≥ 1000 kV as AC.
 */
export function powerLineClass(line: Pick<PowerLine, 'current' | 'voltageKv'>): VoltageClass {
  const kv = line.voltageKv;
  if (kv === undefined) return 'lower';
  const current = line.current ?? (kv >= 800 && kv < 1000 ? 'DC' : 'AC');
  if (current === 'DC' && kv >= 800) return 'uhv_dc';
  if (current === 'AC' && kv >= 1000) return 'uhv_ac';
  if (kv >= 500) return 'ehv';
  return 'lower';
}

/** RGBA of a line: its class colour, lighter while planned or under construction. */
export function powerLineColour(line: Pick<PowerLine, 'current' | 'voltageKv' | 'status'>): Rgba {
  const notBuilt = line.status === 'planned' || line.status === 'under_construction';
  return hexToRgba(
    VOLTAGE_CLASS_STYLES[powerLineClass(line)].colour,
    notBuilt ? NOT_BUILT_OPACITY : 1,
  );
}

/** Stroke width in screen pixels, by voltage class. */
export function powerLineWidthPx(line: Pick<PowerLine, 'current' | 'voltageKv'>): number {
  return VOLTAGE_CLASS_STYLES[powerLineClass(line)].widthPx;
}

/** A representative line of each class, to ask the accessor for its colour. */
const CLASS_SAMPLE = {
  uhv_dc: { current: 'DC', voltageKv: 800 },
  uhv_ac: { current: 'AC', voltageKv: 1000 },
  ehv: { current: 'AC', voltageKv: 500 },
  lower: { current: 'AC', voltageKv: 220 },
} as const;

export const powerLinesFamily: MapFamily<PowerLine> = {
  layers: (id, lines, options) =>
    lineLayer(id, lines, { colour: powerLineColour, widthPx: powerLineWidthPx }, options),
  legend: (theme) => [
    ...VOLTAGE_CLASSES.map((id) => ({
      key: id,
      label: VOLTAGE_CLASS_STYLES[id].label,
      swatch: swatch('line', {
        stroke: powerLineColour({ ...CLASS_SAMPLE[id], status: 'operating' }),
        strokeWidthPx: VOLTAGE_CLASS_STYLES[id].widthPx,
      }),
    })),
    approxLineEntry(theme),
  ],
  tooltipFields: ['current', 'voltageKv', 'capacityGw', 'status'],
};
