// The seam for "Build here" (issue 14): once scenarios exist, the app passes a BuildHere to the
// Sites tab and the button appears; until then nothing is passed and the button is absent.
import type { LonLat } from '../../domain/atlas';

/** Where the user asked to place a hypothetical data centre: a grid cell and its centre. */
export interface BuildHereSite {
  readonly cellId: string;
  readonly position: LonLat;
  readonly regionId: string;
}

export type BuildHere = (site: BuildHereSite) => void;
