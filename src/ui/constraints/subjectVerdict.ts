// Finds what the evaluation and the latency results say about one feature of the detail panel:
// only the judged families (LAYER_FAMILIES) have verdicts; other layers have nothing to show.
import type { Analysis } from '../../domain/analysis';
import type { ConstraintCheck, SubjectVerdict } from '../../domain/constraints/constraintCheck';
import type { JudgedLayerId } from '../../domain/layerFamilies';
import { latencyAt } from '../../domain/network/latencyColumn';
import type { LatencyResult } from '../../domain/network/latencyToDemand';

export interface SubjectFindings {
  readonly verdict: SubjectVerdict | undefined;
  /** Checks that judged the feature (not-applicable ones left out), failures first. */
  readonly checks: readonly ConstraintCheck[];
  readonly latency: LatencyResult | undefined;
}

const ORDER: Readonly<Record<ConstraintCheck['status'], number>> = {
  fail: 0,
  unknown: 1,
  pass: 2,
  not_applicable: 3,
};

export function subjectFindings(
  analysis: Analysis,
  layerId: JudgedLayerId,
  id: string,
): SubjectFindings {
  // Verdicts and latency are both in record order.
  const index = analysis.constraints[layerId].findIndex((v) => v.id === id);
  const verdict = analysis.constraints[layerId][index];
  const checks = (verdict?.checks ?? [])
    .filter((check) => check.status !== 'not_applicable')
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.constraintIndex - b.constraintIndex);
  return { verdict, checks, latency: latencyAt(analysis.latency[layerId], index) };
}
