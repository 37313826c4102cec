import { describe, expect, it } from 'vitest';
import { createReportBuilder, describeReport, MAX_EXAMPLES, mergeReports } from './report';

describe('the report', () => {
  it('counts every occurrence but keeps only the first examples', () => {
    const builder = createReportBuilder();
    for (let i = 1; i <= 5; i += 1) builder.add('dropped', 'null_geometry', `feature #${i}`);
    const report = builder.build(2);
    expect(report.dropped).toEqual([
      { reason: 'null_geometry', count: 5, examples: ['feature #1', 'feature #2', 'feature #3'] },
    ]);
    expect(MAX_EXAMPLES).toBe(3);
  });

  it('keeps the first fatal reason with its English message and parameters', () => {
    const builder = createReportBuilder();
    builder.fail('file_too_large', { size: '60.0 MB', limit: '50.0 MB' });
    builder.fail('not_json');
    const report = builder.build(0);
    expect(report.fatalReason).toBe('file_too_large');
    expect(report.fatal).toBe('The file is 60.0 MB; the limit is 50.0 MB. Split it or simplify it first.');
    expect(describeReport(report, 'zh')).toEqual(['文件大小为 60.0 MB，超过上限 50.0 MB。请先拆分或简化。']);
  });

  it('describes each reason in the chosen language', () => {
    const builder = createReportBuilder();
    builder.add('fixed', 'ring_closed', 'feature #1');
    expect(describeReport(builder.build(1), 'en')).toEqual(['Fixed 1: Polygon ring closed.']);
    expect(describeReport(builder.build(1), 'zh')).toEqual(['已修复 1: 多边形环已闭合。']);
  });

  it('sums two reports reason by reason', () => {
    const a = createReportBuilder();
    a.add('fixed', 'duplicates_merged', 'a');
    const b = createReportBuilder();
    b.add('fixed', 'duplicates_merged', 'b');
    b.add('dropped', 'null_geometry', 'c');
    const merged = mergeReports(a.build(0), b.build(7));
    expect(merged.kept).toBe(7);
    expect(merged.fixed).toEqual([{ reason: 'duplicates_merged', count: 2, examples: ['a', 'b'] }]);
    expect(merged.dropped).toHaveLength(1);
  });
});
