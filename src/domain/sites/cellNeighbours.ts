// The neighbours of grid cells (H3 ring 1), found on first request and remembered per grid: a
// weight change asks again for almost the same top cells, so the H3 calls are made once.
import { gridDisk } from 'h3-js';
import type { HexGrid } from './hexGrid';

export interface CellNeighbours {
  /** Grid indices of the cells touching cell i that are in the grid. */
  of(i: number): readonly number[];
  /** Grid index of an H3 index, or −1. */
  indexOf(cellId: string): number;
}

const cache = new WeakMap<HexGrid, CellNeighbours>();

export function cellNeighbours(grid: HexGrid): CellNeighbours {
  let known = cache.get(grid);
  if (known) return known;
  const byId = new Map(grid.cellIds.map((id, i) => [id, i]));
  const found: (readonly number[] | undefined)[] = [];
  known = {
    of(i) {
      let list = found[i];
      if (!list) {
        list = gridDisk(grid.cellIds[i]!, 1).flatMap((id) => {
          const j = byId.get(id);
          return j === undefined || j === i ? [] : [j];
        });
        found[i] = list;
      }
      return list;
    },
    indexOf: (cellId) => byId.get(cellId) ?? -1,
  };
  cache.set(grid, known);
  return known;
}
