// Wind farms below the zoom where 8,000 points read as points: the phases in operation or under
// construction gathered into H3 hexagons (binPointsByHex), one circle per hexagon at its
// capacity-weighted centre, area by summed capacity; the tooltip names the count. From
// WIND_POINTS_FROM_ZOOM on, the family draws every phase (windFarms.ts).
import { ScatterplotLayer } from '@deck.gl/layers';
import type { LonLat, WindFarm, WindStatus } from '../../domain/atlas';
import { binPointsByHex } from '../../domain/spatial/binPointsByHex';
import {
  passesFilter,
  vintageFilterValue,
  type VintageFilterRange,
} from '../../domain/vintage/vintageFilter';
import { hexToRgba, type Rgba } from '../colour';
import type { AggregateRecord } from '../aggregateRecord';
import type { LayerOptions } from '../layers/layerOptions';
import { swatch, type LegendEntry } from '../legend/legendEntry';
import { sizeEntries } from '../legend/sharedEntries';
import { proportionalRadiusPx, type ProportionalScale } from '../style/pointSize';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import { FUEL_PALETTE } from './powerPlants';

/** From this zoom on (regional: a few provinces on screen) every phase is drawn as a point. */
export const WIND_POINTS_FROM_ZOOM = 6;

/** H3 resolution of the bins by zoom band: ≈ 160 km hexagons nationally, ≈ 60 km nearer. */
export function windBinResolution(zoom: number): number {
  return zoom < 4.5 ? 2 : 3;
}

/** Statuses whose phases the bins gather (the others appear with the points). */
export const BINNED_STATUSES: ReadonlySet<WindStatus> = new Set(['operating', 'construction']);

/** 1 GW → 3.2 px, 10 GW → 10 px, 30 GW → 17 px. */
export const WIND_BIN_SCALE: ProportionalScale = {
  pxPerSqrtMw: 0.1,
  minRadiusPx: 2.5,
  unknownRadiusPx: 2.5,
};

const FILL: Rgba = hexToRgba(FUEL_PALETTE.wind.colour, 0.6);

/** One hexagon's wind farms, shaped like a feature so hover and tooltip treat it as one; a click
 * flies in to where its phases are drawn (AggregateRecord). */
export interface WindFarmBin extends AggregateRecord {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  readonly source: string;
  readonly approx: false;
  readonly position: LonLat;
  readonly capacityMw: number;
  readonly count: number;
}

/** One empty array while the points are drawn, so deck.gl sees no data change. */
const NO_BINS: readonly WindFarmBin[] = [];

const binCache = new WeakMap<object, Map<string, WindFarmBin[]>>();

/** Whether a phase goes in a bin: built or building today; in an as-of view, present in it. */
const binnedIn = (range: VintageFilterRange | undefined) =>
  range
    ? (phase: WindFarm) => passesFilter(vintageFilterValue(phase), range)
    : (phase: WindFarm) => BINNED_STATUSES.has(phase.status);

/** The bins of `phases` at an H3 resolution, of the as-of view's phases when a year filter is
 * given; memoised per phases array, resolution and range. */
export function windFarmBins(
  phases: readonly WindFarm[],
  resolution: number,
  range?: VintageFilterRange,
): WindFarmBin[] {
  const byKey = binCache.get(phases) ?? new Map<string, WindFarmBin[]>();
  binCache.set(phases, byKey);
  const key = JSON.stringify([resolution, range]);
  const cached = byKey.get(key);
  if (cached) return cached;
  const built = phases.filter(binnedIn(range));
  const what = range
    ? { en: 'in the layout shown', zh: '所示年份布局中' }
    : { en: 'operating or under construction', zh: '运行或在建' };
  const bins = binPointsByHex(built, resolution).map((bin) => ({
    id: `hex:${bin.cell}`,
    name: `${bin.count.toLocaleString('en')} wind farm phases (${what.en})`,
    nameZh: `${bin.count.toLocaleString('zh')} 个风电场项目（${what.zh}）`,
    source: 'GEM Global Wind Power Tracker, summed per H3 hexagon',
    approx: false as const,
    position: bin.position,
    capacityMw: bin.capacityMw,
    count: bin.count,
    expandAtZoom: WIND_POINTS_FROM_ZOOM,
  }));
  byKey.set(key, bins);
  return bins;
}

export function windBinRadius(bin: Pick<WindFarmBin, 'capacityMw'>): number {
  return proportionalRadiusPx(bin.capacityMw, WIND_BIN_SCALE);
}

/** The bins' circles: visible only when `binned` (below WIND_POINTS_FROM_ZOOM). */
export function windBinLayer(
  id: string,
  phases: readonly WindFarm[],
  options: LayerOptions<WindFarm>,
  binned: boolean,
): ScatterplotLayer<WindFarmBin> {
  const zoom = options.zoom ?? 0;
  return new ScatterplotLayer<WindFarmBin>({
    id: `${id}:bins`,
    data: binned ? windFarmBins(phases, windBinResolution(zoom), options.vintageFilter) : NO_BINS,
    visible: options.visible && binned,
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    getPosition: (bin) => bin.position as [number, number],
    getRadius: windBinRadius,
    getFillColor: FILL,
    getLineColor: BASEMAP_COLOURS[options.theme].symbolOutline,
    getLineWidth: 0.75,
    updateTriggers: { getLineColor: [options.theme] },
  });
}

/** The legend while the bins are drawn. */
export function windBinLegend(theme: Theme): LegendEntry[] {
  const what: LegendEntry = {
    key: 'bins',
    label: {
      en: `Operating or under construction, summed per hexagon; every phase from zoom ${WIND_POINTS_FROM_ZOOM}`,
      zh: `运行或在建，按六边形汇总；缩放至 ${WIND_POINTS_FROM_ZOOM} 级显示每个项目`,
    },
    swatch: swatch('circle', {
      fill: FILL,
      stroke: BASEMAP_COLOURS[theme].symbolOutline,
      sizePx: 5,
    }),
  };
  const sizes = sizeEntries(
    {
      radiusPx: (mw) => proportionalRadiusPx(mw, WIND_BIN_SCALE),
      referenceMw: [1000, 10000],
      fill: FILL,
    },
    theme,
  );
  return [what, ...sizes.filter((entry) => entry.key !== 'size_unknown')];
}
