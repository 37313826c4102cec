// Label widths as the browser draws them: canvas text metrics in the label font (deck.gl's font
// atlas is drawn from the same font), or an estimate where there is no canvas (node tests).
import { LABEL_FONT_FAMILY } from './labelFont';
import { estimateTextWidth, type MeasureText } from './placeLabels';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

let context: Context2D | null | undefined;

function canvasContext(): Context2D | null {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d');
  if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d');
  return null;
}

export const measureLabel: MeasureText = (text, sizePx, bold) => {
  if (context === undefined) context = canvasContext();
  if (!context) return estimateTextWidth(text, sizePx, bold);
  context.font = `${bold ? 'bold ' : ''}${sizePx}px ${LABEL_FONT_FAMILY}`;
  return context.measureText(text).width;
};
