// A raster over the regions' extent: cells that no region edge touches lie wholly inside one region
// (or none), so most point lookups and most "does this segment cross a border?" questions are
// answered by one array read. Cells an edge touches are marked BOUNDARY and list those edges.
export const BOUNDARY = -2;

export interface CellGrid {
  /** Region index (or -1, outside all) of the cell holding (x, y); BOUNDARY when not known. */
  lookup(x: number, y: number): number;
  /** True when no cell overlapping the box is a boundary cell (so no edge crosses the box). */
  isClear(minX: number, minY: number, maxX: number, maxY: number): boolean;
  /** The one region (or -1) that `lookup` gives for every point of the box; BOUNDARY when the box
   * touches a boundary cell, cells of different regions, or the grid's edge. */
  regionOfBox(minX: number, minY: number, maxX: number, maxY: number): number;
  /** Parameters t in (0, 1) where segment A→B crosses an edge (unsorted, may repeat). */
  crossings(ax: number, ay: number, bx: number, by: number, out: number[]): void;
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
  const targetCells = Math.min(2 ** 20, Math.max(1024, 4 * edgeCount));
  const size = Math.sqrt((width * height) / targetCells);
  const cols = Math.max(1, Math.ceil(width / size));
  const rows = Math.max(1, Math.ceil(height / size));
  const cells = new Int32Array(cols * rows).fill(-1);
  const col = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor((x - minX) / size)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / size)));
  /** Rows r0..r1 and columns c0..c1 of edge k's bounding box, written into `span`. */
  const span = new Int32Array(4);
  const spanOf = (k: number) => {
    const [x1, y1, x2, y2] = [
      edges[4 * k]!,
      edges[4 * k + 1]!,
      edges[4 * k + 2]!,
      edges[4 * k + 3]!,
    ];
    span[0] = row(Math.min(y1, y2));
    span[1] = row(Math.max(y1, y2));
    span[2] = col(Math.min(x1, x2));
    span[3] = col(Math.max(x1, x2));
  };
  // Edge lists per cell (CSR): count, turn counts into running ends, then fill each cell backwards
  // so that edgeStart[cell] ends at the cell's start and edgeStart[cell + 1] at its end.
  const cellCount = cols * rows;
  const edgeStart = new Uint32Array(cellCount + 1);
  for (let k = 0; k < edgeCount; k++) {
    spanOf(k);
    for (let r = span[0]!; r <= span[1]!; r++) {
      for (let c = span[2]!; c <= span[3]!; c++) edgeStart[r * cols + c]!++;
    }
  }
  for (let i = 0; i < cellCount; i++) {
    if (edgeStart[i]! > 0) cells[i] = BOUNDARY;
    edgeStart[i]! += i > 0 ? edgeStart[i - 1]! : 0;
  }
  edgeStart[cellCount] = cellCount > 0 ? edgeStart[cellCount - 1]! : 0;
  const cellEdges = new Uint32Array(edgeStart[cellCount]!);
  for (let k = 0; k < edgeCount; k++) {
    spanOf(k);
    for (let r = span[0]!; r <= span[1]!; r++) {
      for (let c = span[2]!; c <= span[3]!; c++) cellEdges[--edgeStart[r * cols + c]!] = k;
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
  const outside = (x0: number, y0: number, x1: number, y1: number) =>
    x1 < minX || x0 > maxX || y1 < minY || y0 > maxY;
  const isClear = (x0: number, y0: number, x1: number, y1: number) => {
    if (outside(x0, y0, x1, y1)) return true;
    for (let r = row(y0); r <= row(y1); r++) {
      for (let c = col(x0); c <= col(x1); c++) if (cells[r * cols + c] === BOUNDARY) return false;
    }
    return true;
  };
  return {
    lookup(x, y) {
      return outside(x, y, x, y) ? -1 : cells[row(y) * cols + col(x)]!;
    },
    isClear,
    regionOfBox(x0, y0, x1, y1) {
      if (outside(x0, y0, x1, y1)) return -1;
      if (x0 < minX || y0 < minY || x1 > maxX || y1 > maxY) return BOUNDARY;
      const found = cells[row(y0) * cols + col(x0)]!;
      for (let r = row(y0); r <= row(y1); r++) {
        for (let c = col(x0); c <= col(x1); c++) if (cells[r * cols + c] !== found) return BOUNDARY;
      }
      return found;
    },
    crossings(ax, ay, bx, by, out) {
      const x0 = Math.min(ax, bx);
      const y0 = Math.min(ay, by);
      const x1 = Math.max(ax, bx);
      const y1 = Math.max(ay, by);
      if (outside(x0, y0, x1, y1)) return;
      const rx = bx - ax;
      const ry = by - ay;
      for (let r = row(y0); r <= row(y1); r++) {
        for (let c = col(x0); c <= col(x1); c++) {
          const cell = r * cols + c;
          for (let j = edgeStart[cell]!; j < edgeStart[cell + 1]!; j++) {
            const k = 4 * cellEdges[j]!;
            const cx = edges[k]!;
            const cy = edges[k + 1]!;
            const sx = edges[k + 2]! - cx;
            const sy = edges[k + 3]! - cy;
            const denom = rx * sy - ry * sx;
            if (denom === 0) continue;
            const t = ((cx - ax) * sy - (cy - ay) * sx) / denom;
            const u = ((cx - ax) * ry - (cy - ay) * rx) / denom;
            if (t > 0 && t < 1 && u >= 0 && u <= 1) out.push(t);
          }
        }
      }
    },
  };
}
