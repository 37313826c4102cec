// Slider ranges and steps for every numeric constraint threshold and latency setting, and the
// conversion between a constraint's stored value and what the control shows (a share as %).
// Ranges cover the values planners discuss; the number input beside a slider accepts any valid value.
import type { ConstraintKind, ConstraintOf } from '../../domain/constraints/constraint';
import type { Bilingual } from '../../domain/lang';

type NumericField<K extends ConstraintKind> = {
  [F in keyof ConstraintOf<K>]: ConstraintOf<K>[F] extends number ? F : never;
}[keyof ConstraintOf<K>];

/** Kinds whose threshold is one number the user sets with a slider. */
export const NUMERIC_KINDS = [
  'minNonFossilShare',
  'minSpareSupply',
  'maxElectricityPrice',
  'maxDistanceToPowerLine',
  'maxLatency',
  'maxDistanceToBackbone',
  'maxPue',
  'minCapacity',
] as const satisfies readonly ConstraintKind[];
export type NumericKind = (typeof NUMERIC_KINDS)[number];

export interface SliderRange {
  /** Slider bounds and step, in display units. */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Display value = stored value × scale (100 shows a 0–1 share as %). */
  readonly scale: number;
  /** Unit shown beside the value, '' when unitless. */
  readonly unit: Bilingual;
}

export interface ThresholdRange<K extends NumericKind> extends SliderRange {
  readonly field: NumericField<K>;
}

const km: Bilingual = { en: 'km', zh: '千米' };
const plain = (min: number, max: number, step: number, unit: Bilingual) =>
  ({ min, max, step, scale: 1, unit }) as const;

export const SLIDER_RANGES: { readonly [K in NumericKind]: ThresholdRange<K> } = {
  minNonFossilShare: {
    field: 'minShare',
    min: 0,
    max: 100,
    step: 1,
    scale: 100,
    unit: { en: '%', zh: '%' },
  },
  minSpareSupply: {
    field: 'minCapacityToMeanLoadRatio',
    ...plain(0, 5, 0.05, { en: '×', zh: '×' }),
  },
  maxElectricityPrice: {
    field: 'maxPriceCnyPerKwh',
    ...plain(0.2, 1.2, 0.01, { en: 'CNY/kWh', zh: '元/千瓦时' }),
  },
  maxDistanceToPowerLine: { field: 'maxDistanceKm', ...plain(0, 500, 5, km) },
  maxLatency: { field: 'maxLatencyMs', ...plain(1, 60, 0.5, { en: 'ms', zh: '毫秒' }) },
  maxDistanceToBackbone: { field: 'maxDistanceKm', ...plain(0, 500, 5, km) },
  maxPue: { field: 'maxPue', ...plain(1, 2, 0.01, { en: '', zh: '' }) },
  minCapacity: { field: 'minCapacityMw', ...plain(0, 2000, 10, { en: 'MW', zh: '兆瓦' }) },
};

/** Latency settings set with sliders: route factor (× geodesic) and per-hop overhead (ms). */
export const LATENCY_SLIDERS = {
  routeFactor: plain(1, 3, 0.05, { en: '×', zh: '×' }),
  perHopOverheadMs: plain(0, 5, 0.1, { en: 'ms', zh: '毫秒' }),
} as const satisfies Record<string, SliderRange>;

/** Minimum voltage classes offered for the power-line distance (kV; DC pole voltage). */
export const VOLTAGE_OPTIONS_KV = [500, 800, 1000, 1100] as const;

export function isNumericKind(kind: ConstraintKind): kind is NumericKind {
  return (NUMERIC_KINDS as readonly ConstraintKind[]).includes(kind);
}

/** A constraint whose threshold is one number. */
export type NumericConstraint = ConstraintOf<NumericKind>;

function fieldOf(constraint: NumericConstraint): string {
  return SLIDER_RANGES[constraint.kind].field as string;
}

/** The constraint's threshold in stored units. */
export function thresholdOf(constraint: NumericConstraint): number {
  return (constraint as unknown as Readonly<Record<string, number>>)[fieldOf(constraint)]!;
}

/** A copy of the constraint with the threshold set (stored units). */
export function withThreshold<C extends NumericConstraint>(constraint: C, value: number): C {
  return { ...constraint, [fieldOf(constraint)]: value };
}

/** Stored → display units, without floating-point noise (0.29 → 29, not 28.999…). */
export function toDisplay(value: number, range: SliderRange): number {
  return Number((value * range.scale).toPrecision(10));
}

/** Display → stored units. */
export function fromDisplay(value: number, range: SliderRange): number {
  return Number((value / range.scale).toPrecision(10));
}

/** Where the slider thumb sits: the display value clamped into the slider's range. */
export function sliderPosition(displayValue: number, range: SliderRange): number {
  return Math.min(range.max, Math.max(range.min, displayValue));
}
