// The Sites tab's public components and the "Build here" seam.
export { SitesLegend } from './SitesLegend';
export { SitesPanel } from './SitesPanel';
export type { BuildHere, BuildHereSite } from './buildHere';
