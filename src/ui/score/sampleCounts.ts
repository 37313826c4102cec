// How much of a layer an indicator reads was checked against a source: counts of its records by
// `verified` level, for the note beside indicators that cover a sample of known sites.
import type { Atlas } from '../../domain/atlas';
import type { LayerId } from '../../domain/layerFamilies';
import type { IndicatorSource } from '../../domain/score/indicatorSource';

export interface SampleCounts {
  readonly total: number;
  readonly checked: number;
  readonly recalled: number;
}

/** The layer an indicator aggregates directly, if it reads exactly one. */
export function layerOf(source: IndicatorSource): LayerId | undefined {
  return source.kind === 'layer' ? source.layer : undefined;
}

export function sampleCounts(atlas: Atlas, layerId: LayerId): SampleCounts {
  let checked = 0;
  let recalled = 0;
  const records = atlas[layerId];
  for (const record of records) {
    if (record.verified === 'source-checked') checked++;
    else if (record.verified === 'recalled') recalled++;
  }
  return { total: records.length, checked, recalled };
}
