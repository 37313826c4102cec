// Which layout the user looks at: every feature of today whatever its status (the default), the
// layout as of the end of one year, or today's with its pipeline built; and whether features
// whose start year no source gives count in a year's layout.

export const AS_OF_KINDS = ['all', 'year', 'pipeline'] as const;
export type AsOfKind = (typeof AS_OF_KINDS)[number];

export type AsOf =
  | { readonly kind: 'all' }
  /** The end of `year`: what was in service then (built by then, not yet retired). */
  | { readonly kind: 'year'; readonly year: number }
  /** Today's layout with everything under construction, planned or announced as if built. */
  | { readonly kind: 'pipeline' };

export interface VintageSettings {
  readonly asOf: AsOf;
  /** Whether a built feature without a start year counts in a year's layout (the "year
   * unknown" bucket; default true, and the UI says so). */
  readonly includeUnknownYear: boolean;
}

export const DEFAULT_VINTAGE: VintageSettings = {
  asOf: { kind: 'all' },
  includeUnknownYear: true,
};

/** The first and last year an as-of view can show, from the dataset (see vintageYearSpan). */
export interface YearSpan {
  readonly first: number;
  readonly latest: number;
}

/** A stable text key of the settings (cache keys, update triggers). */
export function vintageKey(settings: VintageSettings): string {
  const { asOf } = settings;
  const view = asOf.kind === 'year' ? String(asOf.year) : asOf.kind;
  return `${view}${settings.includeUnknownYear ? '' : ':known'}`;
}
