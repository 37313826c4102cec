// The atlas of an as-of view, for scoring and constraints: the features the view shows (presence
// rule), each with its status as of then (retired later → operating; in the pipeline view, a
// pipeline feature as if built), and the regions with their statistics of that year. Pure; the
// worker caches one per view.
import type { Atlas, AtlasRecord, Region } from '../atlas';
import { LAYER_IDS, layerFamily, type LayerId } from '../layerFamilies';
import type { AsOf, VintageSettings } from './asOf';
import { lifecyclePhase } from './lifecycle';
import { isPresent } from './presence';
import { regionStatsAsOf } from './regionStatsAsOf';

export interface VintageView {
  readonly atlas: Atlas;
  /** Per family whose records were filtered, the indices in the whole atlas of those kept,
   * ascending; a family not listed keeps every record in place. */
  readonly kept: Readonly<Partial<Record<LayerId, Uint32Array>>>;
}

/** The record as it stood in the view: a copy with `status: 'operating'` where that changed. */
function asItStood(record: AtlasRecord, asOf: AsOf): AtlasRecord {
  if (!('status' in record)) return record;
  const retiredLater =
    asOf.kind === 'year' &&
    record.status === 'retired' &&
    record.retireYear !== undefined &&
    record.retireYear > asOf.year;
  const built = asOf.kind === 'pipeline' && lifecyclePhase(record) === 'pipeline';
  return retiredLater || built ? ({ ...record, status: 'operating' } as AtlasRecord) : record;
}

function regionsAsOf(regions: readonly Region[], year: number): readonly Region[] {
  return regions.map((region) => {
    const stats = regionStatsAsOf(region.stats, year);
    return stats === region.stats ? region : { ...region, stats };
  });
}

/**
 * The atlas of the view. `latestYear` is the dataset's last year (vintageYearSpan): the pipeline
 * view is built on it. The `all` view is the atlas itself.
 */
export function atlasAsOf(
  atlas: Atlas,
  settings: VintageSettings,
  latestYear: number,
): VintageView {
  const { asOf } = settings;
  if (asOf.kind === 'all') return { atlas, kept: {} };
  const kept: Partial<Record<LayerId, Uint32Array>> = {};
  const layers = LAYER_IDS.map((layer) => {
    const records = atlas[layer] as readonly AtlasRecord[];
    if (layer === 'regions') {
      return [layer, regionsAsOf(atlas.regions, asOf.kind === 'year' ? asOf.year : latestYear)];
    }
    if (!layerFamily(layer).dated) return [layer, records];
    const indices: number[] = [];
    const shown: AtlasRecord[] = [];
    records.forEach((record, index) => {
      if (!isPresent(record, settings, latestYear)) return;
      indices.push(index);
      shown.push(asItStood(record, asOf));
    });
    const unchanged = indices.length === records.length && shown.every((r, i) => r === records[i]);
    if (unchanged) return [layer, records];
    kept[layer] = Uint32Array.from(indices);
    return [layer, shown];
  });
  return { atlas: Object.fromEntries(layers) as unknown as Atlas, kept };
}
