// Wind phases whose GEM point breaks a placement rule of windRegions.ts and that a person has
// checked, each with the evidence. The build keeps GEM's point and values, places the phase with
// the reach granted here and flags it (qa_flagged, qa_note). An entry the rules no longer need fails.

export interface WindException {
  /** Offshore reach (km) allowed for this phase instead of OFFSHORE_REACH_KM. */
  readonly offshoreReachKm: number;
  /** Why, written to the feature's qa_note. */
  readonly note: string;
}

export const WIND_EXCEPTIONS: Readonly<Record<string, WindException>> = {
  G100000903594: {
    offshoreReachKm: 120,
    note: "GEM's point (22.7333, 118.0333) lies 112.7 km off Fujian, beyond the 100 km offshore reach; phases D and F of the same project lie near 23.9°N 117.7–118.1°E, so the latitude is probably one degree off (23.7333). Kept at GEM's point, assigned to Fujian",
  },
};
