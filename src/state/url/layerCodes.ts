// Short URL codes for the layers (the OpenInfraMap habit): two letters each, fixed forever once
// published; each family's code is its descriptor's `urlCode` (domain/layerFamilies.ts).
import { LAYER_FAMILIES, LAYER_IDS, type LayerId } from '../../domain/layerFamilies';

const LAYER_BY_CODE: ReadonlyMap<string, LayerId> = new Map(
  LAYER_IDS.map((id) => [LAYER_FAMILIES[id].urlCode, id]),
);

/** The URL code of a layer. */
export function layerCode(id: LayerId): string {
  return LAYER_FAMILIES[id].urlCode;
}

/** The layer a code names, or undefined for an unknown code. */
export function layerOfCode(code: string): LayerId | undefined {
  return LAYER_BY_CODE.get(code);
}
