// Options every layer factory takes, and the helpers that turn them into deck.gl props:
// visibility, hover/selection emphasis and the fade of records a filter rejects.
import type { Lang } from '../../domain/lang';
import type { VintageFilterRange } from '../../domain/vintage/vintageFilter';
import { fade, type Rgba } from '../colour';
import type { Theme } from '../theme';

export interface LayerOptions<R> {
  readonly lang: Lang;
  readonly theme: Theme;
  readonly visible: boolean;
  /** Id of the record under the pointer, drawn emphasised. */
  readonly highlightedId?: string;
  /** Id of the selected record, drawn emphasised. */
  readonly selectedId?: string;
  /** Records for which this is true fade to {@link FILTERED_OUT_OPACITY}. */
  readonly isFilteredOut?: (record: R) => boolean;
  /** Changes whenever `isFilteredOut` would answer differently (an update trigger). */
  readonly filterKey?: string | number;
  /** Characters of every label drawn with this atlas (one font atlas for all label layers). */
  readonly labelCharacters?: Set<string>;
  /** The map's zoom, for layers that show detail only when zoomed in. */
  readonly zoom?: number;
  /** The as-of view's GPU filter range; absent: nothing is filtered by year (vintageFilter.ts). */
  readonly vintageFilter?: VintageFilterRange;
  /** Whether the label of a record (by id) was kept by the placement; absent: every label. */
  readonly labelShown?: (id: string) => boolean;
  /** Changes whenever `labelShown` would answer differently (an update trigger). */
  readonly labelShownKey?: unknown;
}

/** Opacity factor (0–1) of records that fail the current filter. */
export const FILTERED_OUT_OPACITY = 0.15;

/** A colour accessor that fades records the filter rejects. */
export function fadeFiltered<R>(
  colour: (record: R) => Rgba,
  options: LayerOptions<R>,
): (record: R) => Rgba {
  const rejects = options.isFilteredOut;
  if (!rejects) return colour;
  return (record) =>
    rejects(record) ? fade(colour(record), FILTERED_OUT_OPACITY) : colour(record);
}

/** True when the record is hovered or selected. */
export function isEmphasised(
  id: string,
  options: Pick<LayerOptions<unknown>, 'highlightedId' | 'selectedId'>,
): boolean {
  return id === options.highlightedId || id === options.selectedId;
}

/** The update triggers of accessors that depend on theme, language or filter, not on hover. */
export function styleTriggers(
  options: LayerOptions<never> | LayerOptions<unknown>,
): readonly unknown[] {
  return [options.theme, options.lang, options.filterKey, Boolean(options.isFilteredOut)];
}

/** The update triggers shared by every accessor that depends on theme, language, selection or filter. */
export function commonTriggers(
  options: LayerOptions<never> | LayerOptions<unknown>,
): readonly unknown[] {
  return [
    options.theme,
    options.lang,
    options.highlightedId,
    options.selectedId,
    options.filterKey,
    Boolean(options.isFilteredOut),
  ];
}
