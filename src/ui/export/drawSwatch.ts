// Draws a legend swatch on a 2D canvas with the same colours the map uses (see legendEntry.ts).
import type { Rgba } from '../../map/colour';
import type { Swatch } from '../../map/legend/legendEntry';

const css = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${a / 255})`;

/** The swatch centred at (x, y) within a box `boxPx` wide (canvas pixels). */
export function drawSwatch(
  context: CanvasRenderingContext2D,
  swatch: Swatch,
  x: number,
  y: number,
  boxPx: number,
) {
  const half = boxPx / 2;
  const size = Math.min(swatch.sizePx, half - 1);
  context.save();
  context.fillStyle = css(swatch.fill);
  context.strokeStyle = css(swatch.stroke);
  context.lineWidth = Math.max(1, swatch.strokeWidthPx);
  context.setLineDash(swatch.dashed ? [4, 3] : []);
  context.beginPath();
  if (swatch.shape === 'line') {
    context.moveTo(x - half, y);
    context.lineTo(x + half, y);
    context.stroke();
  } else if (swatch.shape === 'area') {
    context.rect(x - half + 1, y - half / 1.5, boxPx - 2, (2 * half) / 1.5);
    context.fill();
    context.stroke();
  } else if (swatch.shape === 'diamond') {
    context.moveTo(x, y - size);
    context.lineTo(x + size, y);
    context.lineTo(x, y + size);
    context.lineTo(x - size, y);
    context.closePath();
    context.fill();
    context.stroke();
  } else {
    context.arc(x, y, size, 0, 2 * Math.PI);
    if (swatch.shape === 'circle') context.fill();
    context.stroke();
  }
  context.restore();
}
