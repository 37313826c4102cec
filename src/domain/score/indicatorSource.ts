// Where an indicator's raw value comes from: a layer aggregated into regions, a region statistic,
// a ratio of two region statistics, a sum of several region statistics and point-layer sums (e.g.
// operating wind + hydro + nuclear capacity), or latency supplied from outside (the fibre graph).
import type { LayerId, LayerRecords, LineLayerId, PointLayerId } from '../layerFamilies';

/** Families whose records list the regions they cover (`regionIds`), e.g. hubs. */
type MembershipLayerId = {
  [L in LayerId]: LayerRecords[L] extends { readonly regionIds: readonly string[] } ? L : never;
}[LayerId];

/** Keys of a record whose values are (optional) numbers. */
export type NumericKey<T> = {
  [K in keyof T]-?: T[K] extends number | undefined ? K : never;
}[keyof T];

interface Filtered<L extends keyof LayerRecords> {
  readonly kind: 'layer';
  readonly layer: L;
  /** Only features passing this count (method syntax keeps the table rows assignable). */
  where?(record: LayerRecords[L]): boolean;
}

interface Summed<L extends keyof LayerRecords> {
  readonly property: NumericKey<LayerRecords[L]>;
  /** Multiplier from the property's unit to the indicator's unit (e.g. 0.001 for MW → GW). */
  readonly scale?: number;
}

type PointSource<L extends PointLayerId> =
  | (Filtered<L> & { readonly aggregation: 'count' })
  | (Filtered<L> & Summed<L> & { readonly aggregation: 'sum' });

type LineSource<L extends LineLayerId> =
  | (Filtered<L> & { readonly aggregation: 'length_km' })
  | (Filtered<L> & Summed<L> & { readonly aggregation: 'landing_sum' });

export type LayerSource =
  | { [L in PointLayerId]: PointSource<L> }[PointLayerId]
  | { [L in LineLayerId]: LineSource<L> }[LineLayerId]
  | {
      [L in MembershipLayerId]: Filtered<L> & { readonly aggregation: 'membership_count' };
    }[MembershipLayerId];

export type Aggregation = LayerSource['aggregation'];

/** A region statistic, times `scale` (e.g. 0.001 for MW → GW). */
export interface RegionSource {
  readonly kind: 'region';
  readonly property: string;
  readonly scale?: number;
}

/** A point layer's values summed per region (one part of a sum). */
export type PointSumSource = Extract<LayerSource, { readonly aggregation: 'sum' }>;

/** Present where every part is present (a partial sum would understate the total). */
export interface SumSource {
  readonly kind: 'sum';
  readonly parts: readonly (RegionSource | PointSumSource)[];
}

/** What a ratio divides: a statistic or a sum. */
export type ValueSource = RegionSource | SumSource;

export type IndicatorSource =
  | LayerSource
  | RegionSource
  | { readonly kind: 'ratio'; readonly numerator: ValueSource; readonly denominator: ValueSource }
  | SumSource
  | { readonly kind: 'latency' };
