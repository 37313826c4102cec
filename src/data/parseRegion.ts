// Regions: Polygon or MultiPolygon. Every finite numeric property outside the common and
// region-specific keys becomes a statistic; the label point is label_lon/label_lat when both are
// valid, else the centre of the bounding box. `outside_coverage: true` marks an outline no source
// of the dataset covers.
import type { LonLat } from '../domain/atlas';
import { bboxCentre } from './bboxCentre';
import type { Region } from '../domain/atlas';
import { defineFeatureParser, type LayerParser } from './defineFeatureParser';
import { warn } from './featureContext';
import { COMMON_KEYS } from './parseCommon';
import type { Properties } from './propertyReader';
import { readPolygonal } from './readGeometry';

const NOT_STATS: ReadonlySet<string> = new Set([
  ...COMMON_KEYS,
  'gb_code',
  'label_lon',
  'label_lat',
  'outside_coverage',
]);

function readStats(props: Properties): Record<string, number> {
  const stats: Record<string, number> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!NOT_STATS.has(key) && typeof value === 'number' && Number.isFinite(value)) {
      stats[key] = value;
    }
  }
  return stats;
}

export const parseRegion: LayerParser<Region> = defineFeatureParser(
  readPolygonal,
  ({ common, geometry, read, ctx }) => {
    const lon = read.number('label_lon');
    const lat = read.number('label_lat');
    let labelPosition: LonLat = bboxCentre(geometry);
    if (lon !== undefined && lat !== undefined && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
      labelPosition = [lon, lat];
    } else if (read.props.label_lon !== undefined || read.props.label_lat !== undefined) {
      warn(ctx, 'label_lon/label_lat is not a valid lon/lat pair; the bounding-box centre is used');
    }
    const gbCode = read.props.gb_code;
    return {
      ...common,
      geometry,
      gbCode: Number.isInteger(gbCode) ? String(gbCode) : read.string('gb_code'),
      stats: readStats(read.props),
      labelPosition,
      outsideCoverage: read.boolean('outside_coverage') || undefined,
    };
  },
);
