// Compares two PNG screenshots pixel by pixel. No PNG library is installed, so the browser decodes
// them: both are drawn into canvases of a blank page of the given context and read back.
import type { BrowserContext } from 'playwright-core';

export interface ScreenshotDiff {
  readonly width: number;
  readonly height: number;
  /** Pixels where some channel differs by more than the tolerance. */
  readonly differing: number;
  /** differing / (width × height), 0–1. */
  readonly fraction: number;
  /** Largest channel difference seen anywhere (0–255). */
  readonly maxChannelDelta: number;
  /** A PNG (base64) of the differing pixels in red over a faded copy of the first image. */
  readonly diffPngBase64: string;
}

/**
 * Decodes both PNGs in a blank page of `context` and counts the pixels whose largest per-channel
 * difference exceeds `tolerance` (0–255). Throws when the sizes differ.
 */
export async function screenshotDiff(
  context: BrowserContext,
  first: Buffer,
  second: Buffer,
  tolerance: number,
): Promise<ScreenshotDiff> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async ({ first, second, tolerance }) => {
        const decode = async (base64: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = image.naturalWidth;
          canvas.height = image.naturalHeight;
          const context = canvas.getContext('2d', { willReadFrequently: true });
          if (!context) throw new Error('no 2D context');
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, canvas.width, canvas.height);
        };
        const [a, b] = [await decode(first), await decode(second)];
        if (a.width !== b.width || a.height !== b.height) {
          throw new Error(`sizes differ: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
        }
        const out = new ImageData(a.width, a.height);
        let differing = 0;
        let maxChannelDelta = 0;
        for (let i = 0; i < a.data.length; i += 4) {
          let delta = 0;
          for (let c = 0; c < 4; c += 1) {
            delta = Math.max(delta, Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0)));
          }
          maxChannelDelta = Math.max(maxChannelDelta, delta);
          const differs = delta > tolerance;
          if (differs) differing += 1;
          const grey = (a.data[i] ?? 0) / 4 + 191;
          out.data.set(differs ? [255, 0, 0, 255] : [grey, grey, grey, 255], i);
        }
        const canvas = document.createElement('canvas');
        canvas.width = a.width;
        canvas.height = a.height;
        canvas.getContext('2d')?.putImageData(out, 0, 0);
        const diffPngBase64 = canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
        const total = a.width * a.height;
        return {
          width: a.width,
          height: a.height,
          differing,
          fraction: total === 0 ? 0 : differing / total,
          maxChannelDelta,
          diffPngBase64,
        };
      },
      { first: first.toString('base64'), second: second.toString('base64'), tolerance },
    );
  } finally {
    await page.close();
  }
}
