// A raster over the regions' extent: cells that no region edge touches lie wholly inside one region
// (or none), so most point lookups and most "does this segment cross a border?" questions are
// answered by one array read. Cells an edge touches are marked BOUNDARY and need the exact test.
export const BOUNDARY = -2;

export interface CellGrid {
  /** Region index (or -1, outside all) of the cell holding (x, y); BOUNDARY when not known. */
  lookup(x: number, y: number): number;
  /** True when no cell overlapping the box is a boundary cell (so no edge crosses the box). */
  isClear(minX: number, minY: number, maxX: number, maxY: number): boolean;
}

/**
 * Builds the grid with about `4 × edgeCount` cells (at most 2^20). `edges` holds x1, y1, x2, y2 per
 * edge; `locate` is the exact point location used once per run of clear cells in a row.
 */
export function createCellGrid(
  edges: Float64Array,
  locate: (x: number, y: number) => number,
): CellGrid {
  const edgeCount = edges.length / 4;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < edges.length; i += 2) {
    minX = Math.min(minX, edges[i]!);
    maxX = Math.max(maxX, edges[i]!);
    minY = Math.min(minY, edges[i + 1]!);
    maxY = Math.max(maxY, edges[i + 1]!);
  }
  const width = maxX - minX || 1;
  const height = maxY - minY || 1;
  const cellCount = Math.min(2 ** 20, Math.max(1024, 4 * edgeCount));
  const size = Math.sqrt((width * height) / cellCount);
  const cols = Math.max(1, Math.ceil(width / size));
  const rows = Math.max(1, Math.ceil(height / size));
  const cells = new Int32Array(cols * rows).fill(-1);
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / size)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / size)));
  for (let k = 0; k < edgeCount; k++) {
    const [x1, y1, x2, y2] = [
      edges[4 * k]!,
      edges[4 * k + 1]!,
      edges[4 * k + 2]!,
      edges[4 * k + 3]!,
    ];
    for (let r = row(Math.min(y1, y2)); r <= row(Math.max(y1, y2)); r++) {
      for (let c = col(Math.min(x1, x2)); c <= col(Math.max(x1, x2)); c++)
        cells[r * cols + c] = BOUNDARY;
    }
  }
  for (let r = 0; r < rows; r++) {
    let runRegion: number | undefined;
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (cells[i] === BOUNDARY) {
        runRegion = undefined;
        continue;
      }
      runRegion ??= locate(minX + (c + 0.5) * size, minY + (r + 0.5) * size);
      cells[i] = runRegion;
    }
  }
  const inside = (x: number, y: number) => x >= minX && x <= maxX && y >= minY && y <= maxY;
  return {
    lookup(x, y) {
      return inside(x, y) ? cells[row(y) * cols + col(x)]! : -1;
    },
    isClear(x0, y0, x1, y1) {
      if (x1 < minX || x0 > maxX || y1 < minY || y0 > maxY) return true;
      for (let r = row(y0); r <= row(y1); r++) {
        for (let c = col(x0); c <= col(x1); c++) if (cells[r * cols + c] === BOUNDARY) return false;
      }
      return true;
    },
  };
}
