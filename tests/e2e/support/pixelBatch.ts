// Reads the map's pixels around many geographic points in one round trip to the page, composited
// like `readMapPixels` (every canvas of the map container in page order); off-screen points are
// reported as null instead of throwing.
import type { Page } from 'playwright-core';
import type { AtlasWindow } from './pageGlobals';
import type { PixelWindow, Rgba } from './pixels';

/** Windows of (2·radiusPx+1)² device pixels around each [lon, lat] (degrees); null off screen. */
export async function readMapPixelsAt(
  page: Page,
  points: readonly (readonly [number, number])[],
  radiusPx = 2,
): Promise<(PixelWindow | null)[]> {
  const results = await page.evaluate(
    ({ points, radiusPx }) => {
      const map = (window as AtlasWindow).__atlasMap;
      if (!map) throw new Error('window.__atlasMap is not set');
      const container = map.getContainer().getBoundingClientRect();
      const size = 2 * radiusPx + 1;
      const out = document.createElement('canvas');
      out.width = size;
      out.height = size;
      const context = out.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D context');
      const canvases = Array.from(map.getContainer().querySelectorAll('canvas'))
        .map((canvas) => ({ canvas, box: canvas.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && box.height > 0);
      return points.map(([lon, lat]) => {
        const point = map.project([lon, lat]);
        if (point.x < 0 || point.y < 0 || point.x > container.width || point.y > container.height)
          return null;
        context.clearRect(0, 0, size, size);
        for (const { canvas, box } of canvases) {
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
      });
    },
    { points: points.map(([lon, lat]) => [lon, lat] as [number, number]), radiusPx },
  );
  return results.map((result) => {
    if (!result) return null;
    const pixels: Rgba[] = [];
    for (let i = 0; i + 3 < result.data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = result.data.slice(i, i + 4);
      pixels.push([r, g, b, a]);
    }
    return { x: result.x, y: result.y, pixels };
  });
}
