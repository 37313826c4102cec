// "Build here" (issue 14): the app passes a BuildHere to the Sites tab (AtlasLayout starts a
// scenario with a proposed data centre at the cell); without one the button is absent.
import type { LonLat } from '../../domain/atlas';

/** Where the user asked to place a hypothetical data centre: a grid cell and its centre. */
export interface BuildHereSite {
  readonly cellId: string;
  readonly position: LonLat;
  readonly regionId: string;
}

export type BuildHere = (site: BuildHereSite) => void;
