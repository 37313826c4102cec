// Reads what the map actually drew: pixels of the map's canvases (MapLibre's and deck.gl's,
// composited in page order) around a geographic point. Needs preserveDrawingBuffer on.
import type { Page } from 'playwright-core';
import type { AtlasWindow } from './pageGlobals';

/** One pixel, each channel 0–255. */
export type Rgba = readonly [number, number, number, number];

export interface PixelWindow {
  /** Where the point lands, in CSS pixels from the map container's top-left corner. */
  readonly x: number;
  readonly y: number;
  /** The (2·radiusPx+1)² device pixels centred on the point, row by row. */
  readonly pixels: readonly Rgba[];
}

export interface InkOptions {
  /** Half-width of the square searched, in device pixels (default 2). */
  readonly radiusPx?: number;
  /** Largest per-channel difference still counted as the same colour (default 24). */
  readonly tolerance?: number;
  /** Colours that are not ink (CSS colours); default: `basemapColours(page)`. */
  readonly baseColours?: readonly string[];
}

/** Pixels of the map canvases around `[lon, lat]` (degrees); throws if the point is off screen. */
export async function readMapPixels(
  page: Page,
  lon: number,
  lat: number,
  radiusPx = 0,
): Promise<PixelWindow> {
  const result = await page.evaluate(
    ({ lon, lat, radiusPx }) => {
      const map = (window as AtlasWindow).__atlasMap;
      if (!map) throw new Error('window.__atlasMap is not set');
      const mapCanvas = map.getCanvas();
      const gl = mapCanvas.getContext('webgl2') ?? mapCanvas.getContext('webgl');
      if (gl && !gl.getContextAttributes()?.preserveDrawingBuffer) {
        throw new Error('the map canvas needs canvasContextAttributes.preserveDrawingBuffer: true');
      }
      const container = map.getContainer().getBoundingClientRect();
      const point = map.project([lon, lat]);
      if (point.x < 0 || point.y < 0 || point.x > container.width || point.y > container.height) {
        throw new Error(`[${lon}, ${lat}] projects off screen at (${point.x}, ${point.y})`);
      }
      const size = 2 * radiusPx + 1;
      const out = document.createElement('canvas');
      out.width = size;
      out.height = size;
      const context = out.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D context');
      for (const canvas of Array.from(map.getContainer().querySelectorAll('canvas'))) {
        const box = canvas.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const scaleX = canvas.width / box.width;
        const scaleY = canvas.height / box.height;
        const sourceX = Math.round((container.left + point.x - box.left) * scaleX) - radiusPx;
        const sourceY = Math.round((container.top + point.y - box.top) * scaleY) - radiusPx;
        context.drawImage(canvas, sourceX, sourceY, size, size, 0, 0, size, size);
      }
      return {
        x: point.x,
        y: point.y,
        data: Array.from(context.getImageData(0, 0, size, size).data),
      };
    },
    { lon, lat, radiusPx },
  );
  const pixels: Rgba[] = [];
  for (let i = 0; i + 3 < result.data.length; i += 4) {
    const [r = 0, g = 0, b = 0, a = 0] = result.data.slice(i, i + 4);
    pixels.push([r, g, b, a]);
  }
  return { x: result.x, y: result.y, pixels };
}

/**
 * The basemap's plain colours as RGBA: every constant `background` layer colour and every
 * constant-colour `fill` layer whose id names land, water, sea or ocean (opacity blended).
 */
export async function basemapColours(page: Page): Promise<Rgba[]> {
  const colours = await page.evaluate(() => {
    const map = (window as AtlasWindow).__atlasMap;
    if (!map) throw new Error('window.__atlasMap is not set');
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!probe) throw new Error('no 2D context');
    const layers = map.getStyle().layers ?? [];
    const background = layers.find((layer) => layer.type === 'background');
    const backgroundColour = background?.paint?.['background-color'];
    const found: number[][] = [];
    for (const layer of layers) {
      const isBase = layer.type === 'background' || /land|water|sea|ocean/i.test(layer.id);
      const colour = layer.paint?.[`${layer.type}-color`];
      const opacity = layer.paint?.[`${layer.type}-opacity`];
      if (!isBase || (layer.type !== 'fill' && layer.type !== 'background')) continue;
      if (typeof colour !== 'string') continue;
      probe.clearRect(0, 0, 1, 1);
      probe.globalAlpha = 1;
      if (typeof backgroundColour === 'string') {
        probe.fillStyle = backgroundColour;
        probe.fillRect(0, 0, 1, 1);
      }
      probe.globalAlpha = typeof opacity === 'number' ? opacity : 1;
      probe.fillStyle = colour;
      probe.fillRect(0, 0, 1, 1);
      found.push(Array.from(probe.getImageData(0, 0, 1, 1).data));
    }
    return found;
  });
  return colours.map(([r = 0, g = 0, b = 0, a = 0]) => [r, g, b, a] as const);
}

/** Largest per-channel difference between two colours, ignoring alpha (0–255). */
export function colourDistance(a: Rgba, b: Rgba): number {
  return Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));
}

/**
 * Whether the map drew something other than its plain basemap colours near `[lon, lat]`
 * (degrees): true if any opaque pixel in the square differs from every base colour.
 */
export async function canvasHasInkAt(
  page: Page,
  lon: number,
  lat: number,
  options: InkOptions = {},
): Promise<boolean> {
  const tolerance = options.tolerance ?? 24;
  const base = options.baseColours
    ? await cssColours(page, options.baseColours)
    : await basemapColours(page);
  const { pixels } = await readMapPixels(page, lon, lat, options.radiusPx ?? 2);
  return pixels.some(
    (pixel) => pixel[3] > 0 && base.every((colour) => colourDistance(pixel, colour) > tolerance),
  );
}

/** CSS colours converted to RGBA by the browser itself. */
async function cssColours(page: Page, colours: readonly string[]): Promise<Rgba[]> {
  const values = await page.evaluate((list) => {
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!probe) throw new Error('no 2D context');
    return list.map((colour) => {
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = colour;
      probe.fillRect(0, 0, 1, 1);
      return Array.from(probe.getImageData(0, 0, 1, 1).data);
    });
  }, colours);
  return values.map(([r = 0, g = 0, b = 0, a = 0]) => [r, g, b, a] as const);
}
