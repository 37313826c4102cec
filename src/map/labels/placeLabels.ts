// Collision-free label placement: labels are taken in priority order (lower first; then record
// order) and each is kept only if its box, grown by a margin, overlaps no box kept before it. Boxes
// are computed in Web Mercator pixels at one zoom (north up, no pitch): overlap does not depend on
// where the map is panned, so a placement holds until the zoom changes.
import type { LonLat } from '../../domain/atlas';

export interface LabelCandidate {
  /** Unique among the candidates, e.g. `regions:CN-GZ`. */
  readonly key: string;
  readonly position: LonLat;
  readonly text: string;
  readonly sizePx: number;
  /** Screen offset of the label's centre from its anchor, pixels (y down). */
  readonly offsetPx: readonly [number, number];
  /** Lower is placed first. */
  readonly priority: number;
}

/** Width in pixels of `text` drawn at `sizePx` (the label font). */
export type MeasureText = (text: string, sizePx: number, bold: boolean) => number;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Pixels kept clear around each label (its halo and some air). */
export const LABEL_MARGIN_PX = 3;

/** Web Mercator pixel position of a lon/lat at `zoom` (512-pixel world at zoom 0, as MapLibre). */
export function mercatorPx([lon, lat]: LonLat, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  return [((lon + 180) / 360) * world, y * world];
}

/** The box a label covers at `zoom`, its margin included. */
export function labelBox(
  candidate: LabelCandidate,
  zoom: number,
  width: number,
  marginPx = LABEL_MARGIN_PX,
): Box {
  const [x, y] = mercatorPx(candidate.position, zoom);
  const cx = x + candidate.offsetPx[0];
  const cy = y + candidate.offsetPx[1];
  const halfW = width / 2 + marginPx;
  const halfH = (candidate.sizePx * 1.2) / 2 + marginPx;
  return { left: cx - halfW, top: cy - halfH, right: cx + halfW, bottom: cy + halfH };
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The keys of the labels kept at `zoom`. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  zoom: number,
  measure: MeasureText,
  bold: (candidate: LabelCandidate) => boolean = () => false,
): Set<string> {
  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => candidate.sizePx > 0 && candidate.text !== '')
    .sort((a, b) => a.candidate.priority - b.candidate.priority || a.index - b.index);
  const kept: Box[] = [];
  const keys = new Set<string>();
  for (const { candidate } of order) {
    const width = measure(candidate.text, candidate.sizePx, bold(candidate));
    const box = labelBox(candidate, zoom, width);
    if (kept.some((other) => overlaps(box, other))) continue;
    kept.push(box);
    keys.add(candidate.key);
  }
  return keys;
}

/** A width estimate where no canvas is at hand: CJK and full-width characters one em, others 0.6. */
export const estimateTextWidth: MeasureText = (text, sizePx, bold) => {
  let ems = 0;
  for (const character of text) ems += /[\u2E80-\uFFEF]/.test(character) ? 1 : 0.6;
  return ems * sizePx * (bold ? 1.05 : 1);
};
