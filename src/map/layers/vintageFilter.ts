// The year filter every dated family is drawn with: deck.gl's DataFilterExtension over two numbers
// per feature (start and retire codes, domain/vintage/vintageFilter.ts), computed once with the
// layer's other attributes; moving the year changes only the `filterRange` uniform, never an
// attribute. Without a range (today's view, or an area family) the filter is off.
import { DataFilterExtension, type DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Dated } from '../../domain/vintage/lifecycle';
import { EVERYTHING, vintageFilterValue } from '../../domain/vintage/vintageFilter';
import type { LayerOptions } from './layerOptions';

/** One instance for every layer, so deck.gl sees the same extension on every render. */
export const VINTAGE_FILTER = new DataFilterExtension({ filterSize: 2 });

type Range = [number, number];

/** The filter props of a layer drawn with the options; `getFilterValue` reads the record. */
export function vintageFilterProps<D>(
  options: Pick<LayerOptions<never>, 'vintageFilter'>,
  recordOf: (datum: D) => Dated,
): Required<Pick<DataFilterExtensionProps<D>, 'filterRange' | 'filterEnabled' | 'getFilterValue'>> {
  const range = options.vintageFilter ?? EVERYTHING;
  return {
    filterEnabled: options.vintageFilter !== undefined,
    filterRange: [range[0] as Range, range[1] as Range],
    getFilterValue: (datum: D) => vintageFilterValue(recordOf(datum)),
  };
}
