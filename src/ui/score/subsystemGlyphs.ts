// The one-character names of the four subsystems (算 电 网 数), as the policy texts abbreviate
// them (数、算、电、网 coordination); shown as small badges beside the full names.
import type { Subsystem } from '../../domain/score/subsystems';

export const SUBSYSTEM_GLYPHS: Readonly<Record<Subsystem, string>> = {
  compute: '算',
  power: '电',
  network: '网',
  data: '数',
};
