// The validation report: how many features were kept, and per reason what was fixed, dropped or
// only noted, with the first few examples. Plain data, so it crosses a worker boundary unchanged.
import type { Lang } from '../../domain/lang';
import { formatMessage, type ReasonCode } from './messages';

export const MAX_EXAMPLES = 3;

export interface ReasonEntry {
  readonly reason: ReasonCode;
  readonly count: number;
  /** The first examples, e.g. `feature #4 (id X): longitude 200`. */
  readonly examples: readonly string[];
}

export interface ValidationReport {
  readonly kept: number;
  readonly fixed: readonly ReasonEntry[];
  readonly dropped: readonly ReasonEntry[];
  /** Kept unchanged but worth knowing (bow-ties, HTML in text, antimeridian). */
  readonly noted: readonly ReasonEntry[];
  /** File-level remarks in English (e.g. which columns were read as coordinates). */
  readonly warnings: readonly string[];
  /** English message when nothing could be read; `fatalReason` lets the UI translate it. */
  readonly fatal?: string;
  readonly fatalReason?: ReasonCode;
  readonly fatalParams?: Readonly<Record<string, string | number>>;
}

export type ReportList = 'fixed' | 'dropped' | 'noted';

export interface ReportBuilder {
  add(list: ReportList, reason: ReasonCode, example: string): void;
  warn(text: string): void;
  fail(reason: ReasonCode, params?: Record<string, string | number>): void;
  readonly failed: boolean;
  build(kept: number): ValidationReport;
}

export function createReportBuilder(): ReportBuilder {
  const lists: Record<ReportList, Map<ReasonCode, { count: number; examples: string[] }>> = {
    fixed: new Map(),
    dropped: new Map(),
    noted: new Map(),
  };
  const warnings: string[] = [];
  let fatal: { reason: ReasonCode; params: Record<string, string | number> } | undefined;
  const entries = (list: ReportList): ReasonEntry[] =>
    [...lists[list]].map(([reason, { count, examples }]) => ({ reason, count, examples }));
  return {
    add(list, reason, example) {
      const entry = lists[list].get(reason) ?? { count: 0, examples: [] };
      entry.count += 1;
      if (entry.examples.length < MAX_EXAMPLES) entry.examples.push(example);
      lists[list].set(reason, entry);
    },
    warn(text) {
      warnings.push(text);
    },
    fail(reason, params = {}) {
      fatal ??= { reason, params };
    },
    get failed() {
      return fatal !== undefined;
    },
    build(kept) {
      const base = {
        kept,
        fixed: entries('fixed'),
        dropped: entries('dropped'),
        noted: entries('noted'),
        warnings: [...warnings],
      };
      if (!fatal) return base;
      return {
        ...base,
        fatal: formatMessage(fatal.reason, 'en', fatal.params),
        fatalReason: fatal.reason,
        fatalParams: fatal.params,
      };
    },
  };
}

/** Lines for display: the fatal message, then one line per reason with its count. */
export function describeReport(report: ValidationReport, lang: Lang): string[] {
  if (report.fatalReason) return [formatMessage(report.fatalReason, lang, report.fatalParams)];
  const line = (label: string) => (entry: ReasonEntry) =>
    `${label} ${entry.count}: ${formatMessage(entry.reason, lang)}`;
  const labels =
    lang === 'zh'
      ? { fixed: '已修复', dropped: '已丢弃', noted: '提示' }
      : { fixed: 'Fixed', dropped: 'Dropped', noted: 'Noted' };
  return [
    ...report.dropped.map(line(labels.dropped)),
    ...report.fixed.map(line(labels.fixed)),
    ...report.noted.map(line(labels.noted)),
  ];
}

/** One report summing two (for an importer's own checks followed by the validator's). */
export function mergeReports(first: ValidationReport, second: ValidationReport): ValidationReport {
  const merge = (a: readonly ReasonEntry[], b: readonly ReasonEntry[]): ReasonEntry[] => {
    const byReason = new Map<ReasonCode, ReasonEntry>();
    for (const entry of [...a, ...b]) {
      const prior = byReason.get(entry.reason);
      byReason.set(
        entry.reason,
        prior
          ? {
              reason: entry.reason,
              count: prior.count + entry.count,
              examples: [...prior.examples, ...entry.examples].slice(0, MAX_EXAMPLES),
            }
          : entry,
      );
    }
    return [...byReason.values()];
  };
  const fatalSource = first.fatalReason ? first : second;
  return {
    ...fatalSource,
    kept: second.kept,
    fixed: merge(first.fixed, second.fixed),
    dropped: merge(first.dropped, second.dropped),
    noted: merge(first.noted, second.noted),
    warnings: [...first.warnings, ...second.warnings],
  };
}
