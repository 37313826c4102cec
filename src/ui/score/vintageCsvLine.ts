// The CSV's line on the as-of view and score scale of an as-of answer: which layout was scored,
// whether year-unknown features counted, the normalisation with every goalpost used, and the
// entropy weights' base year — so an export says on what scale its D values are comparable.
import type { VintageAnalysis } from '../../domain/vintage/vintageAnalysis';

function viewText({ settings }: VintageAnalysis): string {
  const { asOf, includeUnknownYear } = settings;
  const unknown = includeUnknownYear
    ? 'features of unknown year included'
    : 'features of unknown year left out';
  switch (asOf.kind) {
    case 'year':
      return `layout as of the end of ${asOf.year} (${unknown})`;
    case 'pipeline':
      return `today's layout with the pipeline built (${unknown})`;
    case 'all':
      return "today's layout";
  }
}

/** The line, without the comment mark; undefined for an answer without an as-of part. */
export function vintageCsvLine(vintage: VintageAnalysis | undefined): string | undefined {
  if (!vintage) return undefined;
  const goalposts = vintage.goalposts
    ? `fixed goalposts ${Object.entries(vintage.goalposts)
        .map(([id, g]) => `${id} ${g!.min}..${g!.max}`)
        .join(', ')}`
    : 'per-year min-max';
  const frozen =
    vintage.entropyBaseYear === undefined
      ? ''
      : `; entropy weights frozen at ${vintage.entropyBaseYear}`;
  return `As of: ${viewText(vintage)}; normalisation: ${goalposts}${frozen}`;
}
