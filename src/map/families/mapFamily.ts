// What the map knows of one layer family: how its records are drawn (deck.gl layers, labels on
// top), its legend rows, the fields its tooltip shows and the names of its enumerated values. One
// module per family implements it; map/layerFamilies.ts keys them by layer id.
import type { Layer } from '@deck.gl/core';
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

export interface MapFamily<R> {
  /** The deck.gl layers of the records, bottom first; ids are `id` and `id:<part>`. */
  readonly layers: (id: string, records: readonly R[], options: FamilyOptions<R>) => Layer[];
  /** Name labels (`id:labels`), drawn above every family's layers. */
  readonly labels?: (id: string, records: readonly R[], options: LayerOptions<R>) => Layer[];
  /** Legend rows for a theme; each swatch is what the layers draw. */
  readonly legend: (theme: Theme) => LegendEntry[];
  /** Record fields the hover tooltip lists, in order. */
  readonly tooltipFields: readonly (keyof R & string)[];
  /** Names of the values of the family's enumerated fields (fuel, kind…), for panels. */
  readonly valueLabels?: ValueLabels;
}
