// A record that stands for many (a hexagon bin of wind farm phases at national zoom): clicking it
// flies in to the zoom where its members are drawn one by one, instead of selecting it.
import type { LonLat } from '../domain/atlas';

export interface AggregateRecord {
  readonly position: LonLat;
  /** The zoom from which the family draws the members one by one. */
  readonly expandAtZoom: number;
}

export const isAggregate = (record: object): record is AggregateRecord =>
  typeof (record as Partial<AggregateRecord>).expandAtZoom === 'number';
