// The latency rings the map draws (deck layer `latency_rings:paths`): each ring's latency and its
// path in degrees, and the rings' ink colour, whether or not the layer is currently visible.
import type { Page } from 'playwright-core';

export interface RingPath {
  readonly latencyMs: number;
  readonly path: readonly (readonly [number, number])[];
}

export interface LatencyRingsDrawn {
  readonly rings: readonly RingPath[];
  /** The constant `getColor` of the layer, RGBA 0–255; null when not one constant colour. */
  readonly colour: readonly [number, number, number, number] | null;
}

interface RingsWindow {
  __atlasDeck?: {
    _deck?: RingsWindow['__atlasDeck'];
    layerManager?: {
      getLayers(): {
        id: string;
        props: { data?: unknown; visible?: boolean; getColor?: unknown };
      }[];
    } | null;
  };
}

/** The rings in the deck layer's data and their colour; no rings when the layer is absent. */
export async function latencyRingPaths(page: Page): Promise<LatencyRingsDrawn> {
  return page.evaluate(() => {
    const w = window as RingsWindow;
    const deck = w.__atlasDeck?._deck ?? w.__atlasDeck;
    const layer = deck?.layerManager
      ?.getLayers()
      .find((candidate) => candidate.id === 'latency_rings:paths');
    const data = layer?.props.data;
    const colour = layer?.props.getColor;
    const constant =
      Array.isArray(colour) && colour.length === 4 && colour.every((c) => typeof c === 'number')
        ? (colour as [number, number, number, number])
        : null;
    if (!Array.isArray(data)) return { rings: [], colour: constant };
    const rings = (data as { latencyMs: number; path: [number, number][] }[]).map((ring) => ({
      latencyMs: ring.latencyMs,
      path: ring.path.map(([lon, lat]) => [lon, lat] as [number, number]),
    }));
    return { rings, colour: constant };
  });
}

/** `ink` (alpha 0–255) drawn over `beneath`: the colour a thin opaque stroke centre shows. */
export function over(
  ink: readonly [number, number, number, number],
  beneath: readonly number[],
): [number, number, number, number] {
  const a = ink[3] / 255;
  const mix = (i: number) => Math.round(a * ink[i]! + (1 - a) * (beneath[i] ?? 0));
  return [mix(0), mix(1), mix(2), 255];
}
