// The dataset's dated policy events as marks along the year slider: each a small button placed by
// its month, whose title and accessible name give the date, the title and the source; a press
// shows the layout at the end of the event's year.
import type { YearSpan } from '../../domain/vintage/asOf';
import type { PolicyEvent } from '../../domain/vintage/policyEvent';
import { useAppStore } from '../../state/AppStoreContext';
import { useVintageT } from './useVintageT';
import { eventPosition } from './yearControlModel';

export function PolicyMarks({
  events,
  span,
  onYear,
}: {
  readonly events: readonly PolicyEvent[];
  readonly span: YearSpan;
  readonly onYear: (year: number) => void;
}) {
  const t = useVintageT();
  const lang = useAppStore((state) => state.lang);
  const placed = events.flatMap((event) => {
    const at = eventPosition(event.date, span);
    return at === undefined ? [] : [{ event, at }];
  });
  if (placed.length === 0) return null;
  return (
    <ol className="policy-marks" aria-label={t('policyMarks')}>
      {placed.map(({ event, at }) => {
        const title = [event.title[lang], event.document].filter(Boolean).join(' ');
        const text = t('policyMark', { date: event.date, title, source: event.source });
        return (
          <li key={event.id} style={{ left: `${at * 100}%` }}>
            <button
              type="button"
              className="policy-mark"
              title={text}
              aria-label={text}
              onClick={() => onYear(Number(event.date.slice(0, 4)))}
            />
          </li>
        );
      })}
    </ol>
  );
}
