// The build log's lines about the wind phases: how many landed by each rule, and every change of
// province (GEM's → the build's), so a new edition's placement can be read at a glance.
import type { WindAssignment } from './windRegions';
/** Counts of a build's wind assignments for the build log: by kind, and reassignments by route. */
export function summariseWindAssignments(assignments: readonly WindAssignment[]): string[] {
  const byKind = new Map<string, number>();
  const routes = new Map<string, number>();
  const offshore = new Map<string, number>();
  for (const a of assignments) {
    byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
    if (a.kind === 'reassigned' || (a.kind === 'offshore' && a.from !== undefined)) {
      const route = `${a.from ?? ''} → ${a.regionId}`;
      routes.set(route, (routes.get(route) ?? 0) + 1);
    }
    if (a.kind === 'offshore') offshore.set(a.regionId, (offshore.get(a.regionId) ?? 0) + 1);
  }
  const list = (m: Map<string, number>) =>
    [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k} ${n}`);
  return [
    `wind phases: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`,
    `wind reassigned: ${list(routes).join(', ') || 'none'}`,
    `wind offshore by province: ${list(offshore).join(', ')}`,
  ];
}
