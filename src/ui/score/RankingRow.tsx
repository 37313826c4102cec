// One region in the ranking: compare checkbox, rank, name (a button that selects the region and
// flies there), D, class and bottleneck; highlighted when selected or hovered anywhere.
import { useEffect, useRef } from 'react';
import type { Lang } from '../../domain/lang';
import { ClassChip } from './ClassChip';
import { formatIndex } from './formatScore';
import { MissingMark } from './MissingMark';
import type { RankingRow as Row } from './rankingRows';
import { SCORE_MESSAGES } from './scoreMessages';
import { SubsystemBadge } from './SubsystemBadge';

export interface RankingRowProps {
  row: Row;
  lang: Lang;
  selected: boolean;
  hovered: boolean;
  compared: boolean;
  /** True when the compared set is full and this row is not in it. */
  compareFull: boolean;
  onPick: (row: Row) => void;
  onHover: (regionId: string | null) => void;
  onToggleCompare: (regionId: string) => void;
}

export function RankingRow(props: RankingRowProps) {
  const { row, lang, selected, hovered, compared, compareFull } = props;
  const ref = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const className = [selected && 'is-selected', hovered && 'is-hovered'].filter(Boolean).join(' ');
  const compareLabel = `${SCORE_MESSAGES.compareRegion[lang]}: ${row.name}`;
  return (
    <tr
      ref={ref}
      className={className || undefined}
      aria-current={selected ? true : undefined}
      data-region={row.regionId}
      onClick={() => props.onPick(row)}
      onMouseEnter={() => props.onHover(row.regionId)}
      onMouseLeave={() => props.onHover(null)}
    >
      <td onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          checked={compared}
          disabled={compareFull && !compared}
          aria-label={compareLabel}
          title={compareFull && !compared ? SCORE_MESSAGES.compareFull[lang] : compareLabel}
          onChange={() => props.onToggleCompare(row.regionId)}
        />
      </td>
      <td className="num">{row.rank ?? '–'}</td>
      <th scope="row">
        <button
          type="button"
          className="region-button"
          onFocus={() => props.onHover(row.regionId)}
          onBlur={() => props.onHover(null)}
        >
          {row.name}
        </button>
        <MissingMark missing={row.missing} lang={lang} />
      </th>
      <td className={row.degree === undefined ? 'num no-data' : 'num'}>
        {formatIndex(row.degree, lang)}
        {row.rankRange && (
          <span className="rank-range" title={SCORE_MESSAGES.rankRangeHint[lang]}>
            {' '}
            ({row.rankRange.p5}–{row.rankRange.p95})
          </span>
        )}
      </td>
      <td>
        {row.classIndex !== undefined && <ClassChip classIndex={row.classIndex} lang={lang} />}
      </td>
      <td>{row.bottleneck && <SubsystemBadge subsystem={row.bottleneck} lang={lang} compact />}</td>
    </tr>
  );
}
