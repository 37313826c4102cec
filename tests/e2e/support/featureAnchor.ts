// Where on the map a loaded feature can be seen, in degrees: a site's position, a region's
// label point, or a point exactly on a line's drawn path (near a hint).
import type { Page } from 'playwright-core';
import { recordField } from './atlasState';
import { pointOnPath } from './pointOnPath';

/** [lon, lat] degrees of feature `id` of `layerId`, read from the app's loaded dataset. */
export async function featureAnchor(
  page: Page,
  layerId: string,
  id: string,
  hint?: readonly [number, number],
): Promise<[number, number]> {
  const position = await recordField(page, layerId, id, 'position');
  if (isLonLat(position)) return [position[0], position[1]];
  const label = await recordField(page, layerId, id, 'labelPosition');
  if (isLonLat(label)) return [label[0], label[1]];
  const geometry = await recordField(page, layerId, id, 'geometry');
  const paths = (geometry as { type?: string; coordinates?: number[][][] } | undefined)
    ?.coordinates;
  if (!Array.isArray(paths) || !hint) {
    throw new Error(`no anchor for ${layerId}/${id} (a line needs a hint)`);
  }
  return pointOnPath(paths, hint);
}

function isLonLat(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number');
}
