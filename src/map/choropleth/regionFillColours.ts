// The choropleth colour of every scored region for the current metric: D by its ten classes on
// RdYlBu, U_k and single indicators on viridis stretched over their range; missing → no-data grey.
import { hexToRgba, type Rgba } from '../colour';
import { NO_DATA_COLOUR } from '../palette';
import { coordinationClassColour, indicatorColour } from '../ramps';
import type { Metric } from '../../state/url/shareableState';
import { metricField } from '../../state/url/fields/metricField';
import { metricValues, rampPosition, valueRange } from './metricValues';
import type { ScoreAnalysis } from '../../domain/analysis';

export interface RegionFill {
  readonly colours: ReadonlyMap<string, Rgba>;
  /** Changes whenever any colour changes (a deck.gl update trigger). */
  readonly key: string;
}

function coloursOf(analysis: ScoreAnalysis, metric: Metric): Map<string, Rgba> {
  const regions = analysis.scores.regions;
  if (metric.kind === 'coordination')
    return new Map(regions.map((r) => [r.regionId, coordinationClassColour(r.classIndex)]));
  const values = metricValues(analysis, metric);
  const range = valueRange(values);
  const noData = hexToRgba(NO_DATA_COLOUR);
  return new Map(
    regions.map((region, i) => {
      const value = values[i];
      const colour =
        value === undefined || !range ? noData : indicatorColour(rampPosition(value, range));
      return [region.regionId, colour];
    }),
  );
}

/** FNV-1a over the ids and colour bytes, in base 36: equal colours give equal keys. */
function hashColours(colours: ReadonlyMap<string, Rgba>): string {
  let hash = 0x811c9dc5;
  const mix = (code: number) => {
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  };
  for (const [id, colour] of colours) {
    for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
    colour.forEach(mix);
  }
  return hash.toString(36);
}

/** Colours per region id for `metric`, with a key naming the metric and a hash of the colours. */
export function regionFillColours(analysis: ScoreAnalysis, metric: Metric): RegionFill {
  const colours = coloursOf(analysis, metric);
  return { colours, key: `${metricField.format(metric)}#${hashColours(colours)}` };
}
