// The one table of how regions moved between two analyses (two scenarios, two years): each
// region's rank before → after, ΔD and the subsystem that moved most, plus any columns the caller
// adds; rows in the order given, region names in the current language.
import type { ReactNode } from 'react';
import { localName } from '../../domain/lang';
import { SUBSYSTEM_LABELS, type Subsystem } from '../../domain/score/subsystems';
import { useAppStore } from '../../state/AppStoreContext';

export interface RankMoveRow {
  readonly regionId: string;
  readonly rankBefore?: number;
  readonly rankAfter?: number;
  readonly deltaD?: number;
  /** The subsystem whose U moved most, and by how much. */
  readonly movedMost?: { readonly subsystem: Subsystem; readonly delta: number };
  /** The caller's extra cells, one per extra heading. */
  readonly extra?: readonly ReactNode[];
}

export interface RankMoveHeadings {
  readonly region: string;
  readonly rank: string;
  readonly deltaD: string;
  readonly movedMost: string;
  readonly extra?: readonly string[];
}

const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(4)}`;

export function RankMoveTable({
  caption,
  headings,
  rows,
  testId,
}: {
  readonly caption: ReactNode;
  readonly headings: RankMoveHeadings;
  readonly rows: readonly RankMoveRow[];
  readonly testId: string;
}) {
  const lang = useAppStore((state) => state.lang);
  const regions = useAppStore((state) => state.dataset?.atlas.regions);
  const nameOf = (id: string) => {
    const region = regions?.find((r) => r.id === id);
    return region ? localName(region, lang) : id;
  };
  return (
    <table className="rank-change-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {[headings.region, headings.rank, headings.deltaD, headings.movedMost].map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
          {headings.extra?.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.regionId} data-region={row.regionId}>
            <th scope="row">{nameOf(row.regionId)}</th>
            <td>
              {row.rankBefore ?? '–'} → {row.rankAfter ?? '–'}
            </td>
            <td>{row.deltaD === undefined ? '–' : signed(row.deltaD)}</td>
            <td>
              {row.movedMost
                ? `${SUBSYSTEM_LABELS[row.movedMost.subsystem][lang]} ${signed(row.movedMost.delta)}`
                : '–'}
            </td>
            {row.extra?.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
