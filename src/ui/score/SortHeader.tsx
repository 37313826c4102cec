// A sortable column header: a button that sorts by the column, with aria-sort on the header cell.
import type { ReactNode } from 'react';
import type { RankingSort, SortKey } from './rankingRows';

export interface SortHeaderProps {
  column: SortKey;
  sort: RankingSort;
  onSort: (column: SortKey) => void;
  /** Accessible name of the sort button, e.g. "Sort by Rank". */
  label: string;
  children: ReactNode;
}

export function SortHeader({ column, sort, onSort, label, children }: SortHeaderProps) {
  const active = sort.key === column;
  const arrow = !active ? '' : sort.direction === 'ascending' ? ' ▲' : ' ▼';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} data-column={column}>
      <button
        type="button"
        className="sort-button"
        aria-label={label}
        onClick={() => onSort(column)}
      >
        {children}
        <span aria-hidden="true">{arrow}</span>
      </button>
    </th>
  );
}
