// "at the end of 2019", "of today", "of today with the pipeline built": the layout a view shows.
import type { AsOf } from '../../domain/vintage/asOf';
import type { VintageMessageKey } from './vintageMessages';

export function whenText(
  asOf: AsOf,
  t: (key: VintageMessageKey, values?: Readonly<Record<string, string | number>>) => string,
): string {
  switch (asOf.kind) {
    case 'year':
      return t('whenYear', { year: asOf.year });
    case 'pipeline':
      return t('whenPipeline');
    case 'all':
      return t('whenToday');
  }
}
