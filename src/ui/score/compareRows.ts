// The comparison of two or three regions as a table model: one row per figure (D, class, C, T,
// each U_k, bottleneck, each raw indicator), one cell per region, the best value of a row marked
// (highest, or lowest for a lower-is-better indicator). Units go in the row labels. Missing is
// "no data", never 0.
import type { Lang } from '../../domain/lang';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { SUBSYSTEM_LABELS } from '../../domain/score/subsystems';
import { formatIndex, formatRaw, indicatorName } from './formatScore';
import { SCORE_MESSAGES } from './scoreMessages';
import { regionScoreView, type RegionScoreView, type ScoreAnalysis } from './scoreView';

export interface CompareCell {
  readonly text: string;
  readonly missing: boolean;
  readonly best: boolean;
  /** Bar length 0–100 for U_k rows. */
  readonly barPct?: number;
  /** Class 0–9 for the class row. */
  readonly classIndex?: number;
}

export interface CompareRow {
  readonly key: string;
  readonly label: string;
  readonly kind: 'text' | 'class' | 'bar';
  readonly cells: readonly CompareCell[];
}

export interface CompareModel {
  /** The compared regions the analysis scores, in the user's order. */
  readonly regionIds: readonly string[];
  readonly rows: readonly CompareRow[];
}

type Better = 'higher' | 'lower' | 'none';

function numericRow(
  key: string,
  label: string,
  values: readonly (number | undefined)[],
  format: (value: number | undefined) => string,
  better: Better,
  kind: CompareRow['kind'] = 'text',
): CompareRow {
  const present = values.filter((v): v is number => v !== undefined);
  const target = better === 'lower' ? Math.min(...present) : Math.max(...present);
  const spread = present.length >= 2 && Math.min(...present) !== Math.max(...present);
  const cells = values.map((value) => ({
    text: format(value),
    missing: value === undefined,
    best: better !== 'none' && spread && value === target,
    barPct: kind === 'bar' && value !== undefined ? value * 100 : undefined,
  }));
  return { key, label, kind, cells };
}

export function compareRows(
  analysis: ScoreAnalysis,
  regionIds: readonly string[],
  lang: Lang,
): CompareModel {
  const views = regionIds
    .map((id) => regionScoreView(analysis, id))
    .filter((view): view is RegionScoreView => view !== undefined);
  const scores = views.map((view) => view.score);
  const t = (key: keyof typeof SCORE_MESSAGES) => SCORE_MESSAGES[key][lang];
  const index = (value: number | undefined) => formatIndex(value, lang, 3);
  const rows: CompareRow[] = [
    numericRow(
      'D',
      t('coordinationDegree'),
      scores.map((s) => s.degree),
      index,
      'higher',
    ),
    {
      key: 'class',
      label: t('class'),
      kind: 'class',
      cells: scores.map((s) => ({
        text: '',
        missing: s.classIndex === undefined,
        best: false,
        classIndex: s.classIndex,
      })),
    },
    numericRow(
      'C',
      t('coupling'),
      scores.map((s) => s.coupling),
      index,
      'higher',
    ),
    numericRow(
      'T',
      t('comprehensive'),
      scores.map((s) => s.comprehensive),
      index,
      'higher',
    ),
    ...analysis.scores.activeSubsystems.map((k) =>
      numericRow(
        `U_${k}`,
        `U · ${SUBSYSTEM_LABELS[k][lang]}`,
        scores.map((s) => s.subsystemIndex[k]),
        (v) => formatIndex(v, lang),
        'higher',
        'bar',
      ),
    ),
    {
      key: 'bottleneck',
      label: t('bottleneck'),
      kind: 'text',
      cells: scores.map((s) => ({
        text: s.bottleneck ? SUBSYSTEM_LABELS[s.bottleneck][lang] : t('noData'),
        missing: !s.bottleneck,
        best: false,
      })),
    },
    ...analysis.scores.indicatorIds.map((id, j) =>
      numericRow(
        id,
        `${indicatorName(id, lang)} (${indicatorDef(id).unit[lang]})`,
        views.map((view) => view.raw[j]),
        (v) => formatRaw(v, lang),
        indicatorDef(id).direction === '-' ? 'lower' : 'higher',
      ),
    ),
  ];
  return { regionIds: scores.map((s) => s.regionId), rows };
}
