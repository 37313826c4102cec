// The ten classes of the coordination degree D, each 0.1 wide (DESIGN.md "Scoring"), from the
// coupling coordination degree literature (耦合协调度等级划分).
import type { Bilingual } from '../lang';

export interface CoordinationClass {
  /** Inclusive lower bound of D. */
  readonly min: number;
  /** Exclusive upper bound of D (the last class includes 1). */
  readonly max: number;
  readonly label: Bilingual;
}

const NAMES: readonly Bilingual[] = [
  { en: 'Extreme imbalance', zh: '极度失调' },
  { en: 'Serious imbalance', zh: '严重失调' },
  { en: 'Moderate imbalance', zh: '中度失调' },
  { en: 'Mild imbalance', zh: '轻度失调' },
  { en: 'On the verge of imbalance', zh: '濒临失调' },
  { en: 'Barely coordinated', zh: '勉强协调' },
  { en: 'Primary coordination', zh: '初级协调' },
  { en: 'Intermediate coordination', zh: '中级协调' },
  { en: 'Good coordination', zh: '良好协调' },
  { en: 'High-quality coordination', zh: '优质协调' },
];

export const COORDINATION_CLASSES: readonly CoordinationClass[] = NAMES.map((label, i) => ({
  min: i / 10,
  max: (i + 1) / 10,
  label,
}));

/** Class index 0–9 of a coordination degree D in [0, 1]. */
export function coordinationClassIndex(degree: number): number {
  return Math.min(9, Math.max(0, Math.floor(degree * 10)));
}
