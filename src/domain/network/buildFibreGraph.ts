// Turns fibre routes into a compact undirected graph (CSR typed arrays): vertices within the snap
// tolerance become one node, edges that collapse to a point are dropped, parallel edges between
// the same two nodes keep only the shortest, and edge lengths are great-circle km.
import type { FibreRoute } from '../atlas';
import { createPointIndex, type PointIndex } from '../geo/createPointIndex';
import { haversineKmRaw } from '../geo/haversineKm';
import { snapVertices } from './snapVertices';

export interface FibreGraph {
  readonly nodeCount: number;
  /** Undirected edges after merging; each appears twice in the adjacency arrays. */
  readonly edgeCount: number;
  readonly nodeLon: Float64Array;
  readonly nodeLat: Float64Array;
  /** Adjacency of node i is entries offsets[i] … offsets[i+1]−1 of `neighbours` and `lengthKm`. */
  readonly offsets: Uint32Array;
  readonly neighbours: Uint32Array;
  readonly lengthKm: Float64Array;
  /** Nearest-node lookups for access legs. */
  readonly nodeIndex: PointIndex;
  readonly droppedZeroLengthEdges: number;
  readonly mergedDuplicateEdges: number;
}

export interface FibreGraphOptions {
  /** Vertices closer than this (km, ≥ 0) are the same node. */
  readonly snapToleranceKm: number;
}

/** Builds the fibre graph of every path of every route; an empty input gives an empty graph. */
export function buildFibreGraph(
  routes: readonly FibreRoute[],
  options: FibreGraphOptions,
): FibreGraph {
  const lons: number[] = [];
  const lats: number[] = [];
  const pathEnds: number[] = [];
  for (const route of routes) {
    for (const path of route.geometry.coordinates) {
      for (const position of path) {
        lons.push(position[0]!);
        lats.push(position[1]!);
      }
      pathEnds.push(lons.length);
    }
  }
  const { nodeOf, nodeLon, nodeLat } = snapVertices(
    Float64Array.from(lons),
    Float64Array.from(lats),
    options.snapToleranceKm,
  );
  const nodeCount = nodeLon.length;
  const shortest = new Map<number, number>();
  let droppedZeroLengthEdges = 0;
  let mergedDuplicateEdges = 0;
  let start = 0;
  for (const end of pathEnds) {
    for (let i = start; i + 1 < end; i++) {
      const u = Math.min(nodeOf[i]!, nodeOf[i + 1]!);
      const v = Math.max(nodeOf[i]!, nodeOf[i + 1]!);
      const km = haversineKmRaw(nodeLon[u]!, nodeLat[u]!, nodeLon[v]!, nodeLat[v]!);
      if (u === v || km === 0) {
        droppedZeroLengthEdges++;
        continue;
      }
      const key = u * nodeCount + v;
      const known = shortest.get(key);
      if (known !== undefined) mergedDuplicateEdges++;
      if (known === undefined || km < known) shortest.set(key, km);
    }
    start = end;
  }
  return {
    ...toCsr(nodeCount, shortest),
    nodeCount,
    edgeCount: shortest.size,
    nodeLon,
    nodeLat,
    nodeIndex: createPointIndex(nodeLon, nodeLat),
    droppedZeroLengthEdges,
    mergedDuplicateEdges,
  };
}

function toCsr(nodeCount: number, edges: Map<number, number>) {
  const offsets = new Uint32Array(nodeCount + 1);
  for (const key of edges.keys()) {
    offsets[Math.floor(key / nodeCount) + 1]!++;
    offsets[(key % nodeCount) + 1]!++;
  }
  for (let i = 0; i < nodeCount; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, nodeCount);
  const neighbours = new Uint32Array(edges.size * 2);
  const lengthKm = new Float64Array(edges.size * 2);
  for (const [key, km] of edges) {
    const u = Math.floor(key / nodeCount);
    const v = key % nodeCount;
    neighbours[fill[u]!] = v;
    lengthKm[fill[u]!++] = km;
    neighbours[fill[v]!] = u;
    lengthKm[fill[v]!++] = km;
  }
  return { offsets, neighbours, lengthKm };
}
