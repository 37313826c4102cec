// A PNG of the current map for a report: the map as drawn (snapshotMap), a legend column beside it
// and a footer with the title, attribution, licences and sources, wrapped to the picture's width.
import { snapshotMap } from '../../map/snapshotMap';
import { drawSwatch } from './drawSwatch';
import type { LegendSection } from './legendSections';
import { wrapText } from './wrapText';

export interface MapPngOptions {
  readonly title: string;
  readonly sections: readonly LegendSection[];
  /** Attribution, licences, sources: one paragraph each. */
  readonly footer: readonly string[];
  /** Background and text colours of the legend and footer. */
  readonly colours: { readonly background: string; readonly text: string };
}

const LEGEND_WIDTH = 240;
const ROW = 20;
const PAD = 12;
const FONT = 'system-ui, "Noto Sans SC", sans-serif';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The map picture could not be read'));
    image.src = url;
  });
}

function legendHeight(sections: readonly LegendSection[]): number {
  return PAD + sections.reduce((sum, s) => sum + ROW * (s.entries.length + 1) + PAD / 2, 0);
}

/** Draws the picture; `scale` is device pixels per CSS pixel of the map. */
export async function composeMapPng(map: HTMLElement, options: MapPngOptions): Promise<Blob> {
  const image = await loadImage(snapshotMap(map));
  const scale = image.width / Math.max(1, map.clientWidth);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('2D canvas unavailable');
  const width = image.width / scale + LEGEND_WIDTH;
  context.font = `12px ${FONT}`;
  const lines = [options.title, ...options.footer].flatMap((text) =>
    wrapText(text, width - 2 * PAD, (t) => context.measureText(t).width),
  );
  const bodyHeight = Math.max(image.height / scale, legendHeight(options.sections));
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((bodyHeight + lines.length * 16 + 2 * PAD) * scale);
  context.scale(scale, scale);
  context.fillStyle = options.colours.background;
  context.fillRect(0, 0, width, canvas.height / scale);
  context.drawImage(image, 0, 0, image.width / scale, image.height / scale);
  context.fillStyle = options.colours.text;
  context.textBaseline = 'middle';
  let y = PAD + ROW / 2;
  const left = image.width / scale + PAD;
  for (const section of options.sections) {
    context.font = `bold 13px ${FONT}`;
    context.fillText(section.title, left, y, LEGEND_WIDTH - 2 * PAD);
    y += ROW;
    context.font = `12px ${FONT}`;
    for (const entry of section.entries) {
      drawSwatch(context, entry.swatch, left + 9, y, 18);
      context.fillStyle = options.colours.text;
      context.fillText(entry.label, left + 26, y, LEGEND_WIDTH - 26 - 2 * PAD);
      y += ROW;
    }
    y += PAD / 2;
  }
  context.font = `12px ${FONT}`;
  lines.forEach((line, index) => context.fillText(line, PAD, bodyHeight + PAD + 8 + index * 16));
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
