// A PNG of what the map shows: every canvas of the map drawn into one (deck.gl draws interleaved
// into MapLibre's, so today there is one). The canvas keeps its drawing buffer
// (preserveDrawingBuffer), so it can be read any time.

/** Every canvas inside `container`, in DOM order (basemap first), as one PNG data URL. */
export function snapshotMap(container: HTMLElement): string {
  const canvases = [...container.querySelectorAll('canvas')];
  const base = canvases[0];
  if (!base) throw new Error('The map has no canvas yet');
  const out = document.createElement('canvas');
  out.width = base.width;
  out.height = base.height;
  const context = out.getContext('2d');
  if (!context) throw new Error('2D canvas unavailable');
  for (const canvas of canvases) context.drawImage(canvas, 0, 0, out.width, out.height);
  return out.toDataURL('image/png');
}
