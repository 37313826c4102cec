// The entropy weight method (DESIGN.md "Scoring"): indicators whose normalised values vary more
// across regions carry more information and get more weight. Missing values are excluded.

/**
 * Weights (summing to 1) of normalised, positive columns: p_ij = x'_ij/Σ_i x'_ij,
 * e_j = −(1/ln m_j)·Σ_i p_ij ln p_ij over the m_j regions where j is present, w_j = (1 − e_j)/Σ(1 − e_j).
 * A column present in fewer than two regions has e_j = 1 (no information). When no column carries
 * information (all e_j = 1), every column gets the same weight. No columns → empty array.
 */
export function entropyWeights(columns: readonly (readonly (number | undefined)[])[]): number[] {
  const divergence = columns.map((column) => {
    const present = column.filter((x): x is number => x !== undefined && x > 0);
    const m = present.length;
    if (m < 2) return 0;
    const total = present.reduce((a, b) => a + b, 0);
    let sum = 0;
    for (const x of present) {
      const p = x / total;
      sum += p * Math.log(p);
    }
    const e = -sum / Math.log(m);
    return Math.max(0, 1 - e);
  });
  const total = divergence.reduce((a, b) => a + b, 0);
  if (!(total > 1e-15)) return columns.map(() => 1 / columns.length);
  return divergence.map((d) => d / total);
}
