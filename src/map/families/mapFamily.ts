// What the map knows of one layer family: how its records are drawn (deck.gl layers, labels on
// top), its legend rows, the fields its tooltip shows and the names of its enumerated values. One
// module per family implements it; map/layerFamilies.ts keys them by layer id.
import type { Layer } from '@deck.gl/core';
import type { LonLat } from '../../domain/atlas';
import type { Bilingual } from '../../domain/lang';
import type { Rgba } from '../colour';
import type { LayerOptions } from '../layers/layerOptions';
import type { LegendEntry } from '../legend/legendEntry';
import type { Theme } from '../theme';

/** The choropleth of an area family: a colour per feature id, some dimmed. */
export interface AreaFill {
  readonly colours: ReadonlyMap<string, Rgba>;
  readonly dimmedIds?: ReadonlySet<string>;
  /** Changes whenever the colours or the dimmed set do (a deck.gl update trigger). */
  readonly key: string | number;
}

export interface FamilyOptions<R> extends LayerOptions<R> {
  /** Only area families use it. */
  readonly areaFill?: AreaFill;
}

/** Bilingual names of the values of enumerated record fields, by field then value. */
export type ValueLabels = Readonly<Record<string, Readonly<Record<string, Bilingual>>>>;

/** How a family's records are labelled by name; placement (placeLabels) drops labels that would
 * overlap a label of lower `priority`. */
export interface LabelSpec<R> {
  readonly position: (record: R) => LonLat;
  /** Text size in pixels at `zoom`; 0 leaves the record unlabelled there. */
  readonly sizePx: (record: R, zoom: number) => number;
  /** Screen offset [x, y] of the label's centre from its anchor, pixels (y down). */
  readonly offsetPx?: (record: R) => readonly [number, number];
  readonly weight?: 'normal' | 'bold';
  /** Lower is placed first (hubs 0, provinces 1, then the rest). */
  readonly priority: (record: R) => number;
  /** Layer opacity 0–1, to let secondary labels recede. */
  readonly opacity?: number;
}

export interface MapFamily<R> {
  /** The deck.gl layers of the records, bottom first; ids are `id` and `id:<part>`. */
  readonly layers: (id: string, records: readonly R[], options: FamilyOptions<R>) => Layer[];
  /** Name labels (`id:labels`), drawn above every family's layers. */
  readonly labels?: LabelSpec<R>;
  /** Legend rows for a theme; each swatch is what the layers draw. */
  readonly legend: (theme: Theme) => LegendEntry[];
  /** Record fields the hover tooltip lists, in order. */
  readonly tooltipFields: readonly (keyof R & string)[];
  /** Names of the values of the family's enumerated fields (fuel, kind…), for panels. */
  readonly valueLabels?: ValueLabels;
}
