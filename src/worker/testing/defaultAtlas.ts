// Test helper: the default dataset (data/*.geojson) parsed as the load worker parses it, or
// undefined when the dataset is absent (tests then skip, saying so).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLayer } from '../../data/parseLayer';
import { emptyAtlas, type Atlas } from '../../domain/atlas';
import { LAYER_IDS } from '../../domain/layerFamilies';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../../data', import.meta.url));

export function loadDefaultAtlas(dir = DEFAULT_DATA_DIR): Atlas | undefined {
  if (!existsSync(join(dir, 'regions.geojson'))) return undefined;
  const atlas: Record<string, unknown> = { ...emptyAtlas() };
  for (const layer of LAYER_IDS) {
    const file = join(dir, `${layer}.geojson`);
    if (existsSync(file))
      atlas[layer] = parseLayer(layer, JSON.parse(readFileSync(file, 'utf8'))).records;
  }
  return atlas as Atlas;
}
