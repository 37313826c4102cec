// Where an indicator's raw value comes from: a layer aggregated into regions, a region statistic,
// a ratio of two region statistics, or latency supplied from outside (the fibre graph).
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

export type IndicatorSource =
  | LayerSource
  | { readonly kind: 'region'; readonly property: string }
  | { readonly kind: 'ratio'; readonly numerator: string; readonly denominator: string }
  | { readonly kind: 'latency' };
