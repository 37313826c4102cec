// The ranking as CSV: comment lines naming the dataset, weights, the as-of view and score scale
// (when one was asked for), sources and licences, then one row per region (rank order, unscored
// last) with every index and raw indicator, each indicator's column naming its unit and the year
// of its figures. Missing is an empty cell, never 0; numbers
// are plain (dot decimals, no separators) so spreadsheets read them.
import Papa from 'papaparse';
import type { Region } from '../../domain/atlas';
import { COORDINATION_CLASSES } from '../../domain/score/coordinationClasses';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { SUBSYSTEMS } from '../../domain/score/subsystems';
import type { WeightsConfig } from '../../domain/score/weightsConfig';
import type { Manifest } from '../../data/manifestSchema';
import { DEFAULT_SORT, rankingRows, sortRows } from './rankingRows';
import { indicatorVintage } from './indicatorVintage';
import { regionScoreView, type ScoreAnalysis } from './scoreView';
import { vintageCsvLine } from './vintageCsvLine';

export interface ScoresCsvInput {
  readonly analysis: ScoreAnalysis;
  readonly regions: readonly Region[];
  readonly manifest: Pick<Manifest, 'id' | 'name' | 'asOf' | 'attribution' | 'layers'> &
    Partial<Pick<Manifest, 'fields' | 'edition' | 'editionDate'>>;
  readonly weights: WeightsConfig;
}

/** Six decimals: more than any input carries, without binary noise (0.30000000000000004). */
function plain(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value)
    ? ''
    : String(Math.round(value * 1e6) / 1e6);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function commentLines({ analysis, manifest, weights }: ScoresCsvInput): string[] {
  const alpha = SUBSYSTEMS.map((k) => `${k} ${plain(weights.subsystemWeights[k])}`).join(', ');
  const unique = (items: readonly (string | undefined)[]) => [
    ...new Set(items.filter((item): item is string => !!item).map(oneLine)),
  ];
  const licences = unique(manifest.layers.map((layer) => layer.licence));
  const sources = unique(manifest.layers.flatMap((layer) => layer.sources));
  const off = weights.disabledIndicators.length ? weights.disabledIndicators.join(', ') : 'none';
  return [
    `Compute Atlas coordination scores (D = sqrt(C*T)); dataset ${manifest.id}: ${manifest.name}${manifest.edition ? `, edition ${manifest.edition} (${manifest.editionDate ?? '?'})` : ''}${manifest.asOf ? `, as of ${manifest.asOf}` : ''}`,
    `Weights: ${weights.mode} indicator weights; subsystem weights ${alpha} (rescaled to sum 1); indicators off: ${off}`,
    ...[vintageCsvLine(analysis.vintage)].filter((line) => line !== undefined),
    `Attribution: ${manifest.attribution || 'none given'}`,
    `Licences: ${licences.join('; ') || 'not stated'}`,
    `Sources: ${sources.join('; ') || 'not stated'}`,
  ].map((line) => `# ${oneLine(line)}`);
}

function header(analysis: ScoreAnalysis, manifest: ScoresCsvInput['manifest']): string[] {
  const indicators = analysis.scores.indicatorIds.map((id) => {
    const def = indicatorDef(id);
    const about = [
      def.unit.en,
      indicatorVintage(def.source, { fields: {}, ...manifest } as Manifest),
    ].filter(Boolean);
    return about.length ? `${id} (${about.join('; ')})` : id;
  });
  return [
    'rank',
    'region_id',
    'name_en',
    'name_zh',
    'D',
    'class',
    'class_zh',
    'C',
    'T',
    ...SUBSYSTEMS.map((k) => `U_${k}`),
    'bottleneck',
    ...indicators,
    'missing_indicators',
  ];
}

/** The CSV text (LF line ends, no byte-order mark) of the scores in rank order. */
export function scoresToCsv(input: ScoresCsvInput): string {
  const { analysis, regions, weights } = input;
  const byId = new Map(regions.map((region) => [region.id, region]));
  const rows = sortRows(rankingRows(analysis, regions, weights, 'en'), DEFAULT_SORT, 'en');
  const body = rows.map((row) => {
    const view = regionScoreView(analysis, row.regionId);
    const score = view?.score;
    const cls =
      score?.classIndex === undefined ? undefined : COORDINATION_CLASSES[score.classIndex];
    const region = byId.get(row.regionId);
    return [
      row.rank === undefined ? '' : String(row.rank),
      row.regionId,
      region?.name ?? '',
      region?.nameZh ?? '',
      plain(score?.degree),
      cls?.label.en ?? '',
      cls?.label.zh ?? '',
      plain(score?.coupling),
      plain(score?.comprehensive),
      ...SUBSYSTEMS.map((k) => plain(score?.subsystemIndex[k])),
      score?.bottleneck ?? '',
      ...(view?.raw ?? []).map(plain),
      row.missing.join(' '),
    ];
  });
  const table = Papa.unparse([header(analysis, input.manifest), ...body], {
    newline: '\n',
    escapeFormulae: true,
  });
  return [...commentLines(input), table].join('\n') + '\n';
}
