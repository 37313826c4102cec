import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scoresToCsv, type ScoresCsvInput } from './scoresToCsv';
import { testAnalysis, TEST_WEIGHTS } from '../../domain/testing/scoreAnalysis';
import { TEST_REGIONS } from '../../domain/testing/scoreRegions';

const manifest: ScoresCsvInput['manifest'] = {
  id: 'test',
  name: 'Test dataset',
  asOf: '2026-01-01',
  attribution: 'Outlines: Natural Earth',
  layers: [
    { id: 'regions', file: 'r.geojson', licence: 'CC BY 4.0', sources: ['Stats\nbureau'] },
    { id: 'datacentres', file: 'd.geojson', licence: 'CC BY 4.0', sources: ['Operators'] },
  ],
};
const input: ScoresCsvInput = {
  analysis: testAnalysis(),
  regions: TEST_REGIONS,
  manifest,
  weights: TEST_WEIGHTS,
};

function parse(text: string) {
  const lines = text.trimEnd().split('\n');
  const comments = lines.filter((line) => line.startsWith('#'));
  const table = Papa.parse<string[]>(lines.filter((line) => !line.startsWith('#')).join('\n'));
  const [head = [], ...rows] = table.data;
  const cell = (row: string[], column: string) => row[head.indexOf(column)];
  return { comments, head, rows, cell };
}

describe('scoresToCsv', () => {
  const { comments, head, rows, cell } = parse(scoresToCsv(input));

  it('starts with comment lines naming the dataset, the weights, each licence once and the sources', () => {
    expect(comments[0]).toContain('Test dataset');
    expect(comments.join('\n')).toContain('manual indicator weights');
    expect(comments.filter((line) => line.includes('CC BY 4.0'))).toHaveLength(1);
    expect(comments.join('\n')).toContain('Stats bureau; Operators');
    expect(comments.join('\n')).toContain('Natural Earth');
  });

  it('heads the raw indicator columns with their units', () => {
    expect(head).toContain('population_10k (10k persons)');
    expect(head).toContain('latency_to_demand_ms (ms)');
    expect(head.slice(0, 5)).toEqual(['rank', 'region_id', 'name_en', 'name_zh', 'D']);
  });

  it('lists regions in rank order with their indices, and the unscored one last', () => {
    expect(rows.map((row) => cell(row, 'region_id'))).toEqual(['R3', 'R2', 'R1', 'R4']);
    const top = rows[0]!;
    expect(cell(top, 'rank')).toBe('1');
    expect(cell(top, 'name_zh')).toBe('重庆');
    expect(Number(cell(top, 'D'))).toBeCloseTo(0.82081, 5);
    expect(cell(top, 'class')).toBe('Good coordination');
    expect(Number(cell(top, 'U_compute'))).toBeCloseTo(0.7525, 6);
    expect(cell(top, 'population_10k (10k persons)')).toBe('500');
  });

  it('leaves missing values empty, never 0, and names the missing indicators', () => {
    const anhui = rows[2]!;
    expect(cell(anhui, 'icc_count (count)')).toBe('');
    expect(cell(anhui, 'missing_indicators')).toBe('icc_count');
    const taiwan = rows[3]!;
    expect(['rank', 'D', 'class', 'C', 'T', 'U_power'].map((c) => cell(taiwan, c))).toEqual([
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });

  it('defuses a name that a spreadsheet would run as a formula', () => {
    const hostile = TEST_REGIONS.map((r) =>
      r.id === 'R1' ? { ...r, name: '=HYPERLINK("x")' } : r,
    );
    const parsed = parse(scoresToCsv({ ...input, regions: hostile }));
    const anhui = parsed.rows.find((row) => parsed.cell(row, 'region_id') === 'R1')!;
    expect(parsed.cell(anhui, 'name_en')!.startsWith('=')).toBe(false);
  });
});
