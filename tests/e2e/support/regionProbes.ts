// Where the browser tests read a region's fill colour: a point just below the region's label
// (clear of the text) that the map picks as that very region — no site, line or other region on
// top — so a change of pixels there is a change of the region's fill.
import type { Page } from 'playwright-core';
import { readMapPixelsAt } from './pixelBatch';
import type { PixelWindow } from './pixels';

/** A point showing one region's fill. */
export interface RegionProbe {
  readonly regionId: string;
  /** [lon, lat] degrees of the point. */
  readonly lonLat: readonly [number, number];
}

/** Default distance below the label point, in CSS pixels (the label text is 11 px high). */
const BELOW_LABEL_PX = 12;

interface ProbeWindow {
  __atlasStore?: {
    getState(): { dataset: { atlas: { regions: { id: string; labelPosition?: number[] }[] } } };
  };
  __atlasMap?: {
    project(lngLat: [number, number]): { x: number; y: number };
    unproject(point: [number, number]): { lng: number; lat: number };
    getContainer(): HTMLElement;
  };
  __atlasDeck?: {
    pickObject(params: { x: number; y: number; radius?: number }): {
      layer?: { id: string };
      object?: { record?: { id?: string } };
    } | null;
  };
}

/**
 * Probes for the regions (all with a label point when `regionIds` is omitted) whose point below
 * the label lies on screen and is picked as that region's fill; the others are left out.
 */
export async function regionProbes(
  page: Page,
  regionIds?: readonly string[],
  belowLabelPx = BELOW_LABEL_PX,
): Promise<RegionProbe[]> {
  return page.evaluate(
    ({ regionIds, belowLabelPx }) => {
      const w = window as ProbeWindow;
      const map = w.__atlasMap;
      const deck = w.__atlasDeck;
      const regions = w.__atlasStore?.getState().dataset.atlas.regions ?? [];
      if (!map || !deck) throw new Error('window.__atlasMap or __atlasDeck is not set');
      const box = map.getContainer().getBoundingClientRect();
      const probes: { regionId: string; lonLat: [number, number] }[] = [];
      for (const region of regions) {
        if (regionIds && !regionIds.includes(region.id)) continue;
        const label = region.labelPosition;
        if (!label || label.length !== 2) continue;
        const at = map.project([label[0]!, label[1]!]);
        const [x, y] = [Math.round(at.x), Math.round(at.y + belowLabelPx)];
        if (x < 4 || y < 4 || x > box.width - 4 || y > box.height - 4) continue;
        const picked = deck.pickObject({ x, y, radius: 3 });
        if (picked?.layer?.id !== 'regions' || picked.object?.record?.id !== region.id) continue;
        const { lng, lat } = map.unproject([x, y]);
        probes.push({ regionId: region.id, lonLat: [lng, lat] });
      }
      return probes;
    },
    { regionIds: regionIds ? [...regionIds] : undefined, belowLabelPx },
  );
}

/** The map pixels around each probe, by region id (a `radiusPx` square, default 2). */
export async function readProbes(
  page: Page,
  probes: readonly RegionProbe[],
  radiusPx = 2,
): Promise<Map<string, PixelWindow>> {
  const windows = await readMapPixelsAt(
    page,
    probes.map((probe) => probe.lonLat),
    radiusPx,
  );
  return new Map(
    probes.map((probe, i) => {
      const window = windows[i];
      if (!window) throw new Error(`the probe of ${probe.regionId} is off screen`);
      return [probe.regionId, window];
    }),
  );
}
