// Reads the latest analysis and the analysis inputs from the app's store (`window.__atlasStore`)
// as plain data: region scores, constraint verdicts and counts, the weights and constraints.
import type { Page } from 'playwright-core';

export interface RegionScoreSnapshot {
  readonly regionId: string;
  readonly rank: number | null;
  readonly degree: number | null;
  readonly classIndex: number | null;
  readonly bottleneck: string | null;
}

export interface ConstraintCheckSnapshot {
  readonly kind: string;
  readonly status: string;
  readonly threshold: unknown;
  readonly measured: unknown;
  readonly margin: number | null;
}

export interface VerdictSnapshot {
  readonly id: string;
  readonly passes: boolean;
  readonly checks: readonly ConstraintCheckSnapshot[];
}

export interface PassCounts {
  readonly regions: { readonly passing: number; readonly total: number };
  readonly sites: { readonly passing: number; readonly total: number };
}

export interface AnalysisSnapshot {
  readonly weights: {
    readonly subsystemWeights: Readonly<Record<string, number>>;
    readonly mode: string;
  };
  readonly constraints: readonly Record<string, unknown>[];
  readonly latency: Readonly<Record<string, unknown>>;
  readonly compareRegionIds: readonly string[];
  readonly scores: readonly RegionScoreSnapshot[];
  readonly indicatorIds: readonly string[];
  readonly regionVerdicts: readonly VerdictSnapshot[];
  readonly counts: PassCounts;
}

interface StoreWindow {
  __atlasStore?: { getState(): Record<string, unknown> };
}

interface AnalysisShape {
  scores: {
    indicatorIds: string[];
    regions: {
      regionId: string;
      rank?: number;
      degree?: number;
      classIndex?: number;
      bottleneck?: string;
    }[];
  };
  constraints: {
    regions: {
      id: string;
      passes: boolean;
      checks: {
        kind: string;
        status: string;
        threshold: unknown;
        measured?: unknown;
        margin?: number;
      }[];
    }[];
    counts: PassCounts;
  };
}

/** The store's analysis and inputs; throws while no analysis has arrived. */
export async function readAnalysis(page: Page): Promise<AnalysisSnapshot> {
  return page.evaluate(() => {
    const state = (window as StoreWindow).__atlasStore?.getState();
    if (!state) throw new Error('window.__atlasStore is not set');
    const analysis = state.analysis as AnalysisShape | null;
    if (!analysis) throw new Error('no analysis in the store yet');
    return {
      weights: state.weights as AnalysisSnapshot['weights'],
      constraints: state.constraints as Record<string, unknown>[],
      latency: state.latency as Record<string, unknown>,
      compareRegionIds: [...(state.compareRegionIds as string[])],
      scores: analysis.scores.regions.map((region) => ({
        regionId: region.regionId,
        rank: region.rank ?? null,
        degree: region.degree ?? null,
        classIndex: region.classIndex ?? null,
        bottleneck: region.bottleneck ?? null,
      })),
      indicatorIds: [...analysis.scores.indicatorIds],
      regionVerdicts: analysis.constraints.regions.map((verdict) => ({
        id: verdict.id,
        passes: verdict.passes,
        checks: verdict.checks.map((check) => ({
          kind: check.kind,
          status: check.status,
          threshold: check.threshold,
          measured: check.measured ?? null,
          margin: check.margin ?? null,
        })),
      })),
      counts: analysis.constraints.counts,
    };
  });
}

/** Region ids by rank (1 first); unranked regions left out. */
export function rankOrder(scores: readonly RegionScoreSnapshot[]): string[] {
  return scores
    .filter((score) => score.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((score) => score.regionId);
}
