// What the page asks of an as-of analysis and what it gets back beside the scores: the view, how
// scores are made comparable, which year to compare with, whether to score every year; and the
// view's span, counts, the year each statistic by year stands for, the goalposts used, the
// comparison and the series through the years.
import type { LayerId } from '../layerFamilies';
import type { Goalposts } from '../score/scoreRegions';
import type { VintageSettings, YearSpan } from './asOf';
import type { RegionChange } from './compareYears';
import type { ScoreScale } from './scoreScale';
import type { YearSeries } from './yearSeries';

export interface VintageRequest {
  readonly settings: VintageSettings;
  readonly scale: ScoreScale;
  /** Compare the view with the layout of this year (rank-change table, ΔD). */
  readonly compareWithYear?: number;
  /** Also score every year of the span (the chart through the years). */
  readonly series?: boolean;
}

export interface VintageAnalysis {
  readonly settings: VintageSettings;
  /** The dataset's years; undefined when nothing in it is dated. */
  readonly span?: YearSpan;
  /** Features of each family in the view. */
  readonly presentCounts: Readonly<Partial<Record<LayerId, number>>>;
  /** For a year's view, the year whose figure stands for each statistic given by year. */
  readonly statYearsUsed: Readonly<Record<string, number>>;
  /** The goalposts the scores were normalised onto, every scored indicator filled in
   * (goalposts normalisation only). */
  readonly goalposts?: Goalposts;
  /** The year whose entropy weights the scores used, when frozen. */
  readonly entropyBaseYear?: number;
  readonly comparison?: { readonly year: number; readonly changes: readonly RegionChange[] };
  readonly series?: YearSeries;
}
