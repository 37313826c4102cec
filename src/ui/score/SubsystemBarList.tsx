// U_k of one region as horizontal bars, one per subsystem, with the value in figures and the
// bottleneck marked; a missing U_k says "no data" instead of drawing an empty bar.
import type { Lang } from '../../domain/lang';
import { formatIndex } from './formatScore';
import { SCORE_MESSAGES } from './scoreMessages';
import { SubsystemBadge } from './SubsystemBadge';
import type { SubsystemBar } from './subsystemBars';

export function SubsystemBarList({ bars, lang }: { bars: readonly SubsystemBar[]; lang: Lang }) {
  const bottleneck = SCORE_MESSAGES.bottleneck[lang];
  return (
    <ul className="subsystem-bars">
      {bars
        .filter((bar) => bar.active)
        .map((bar) => (
          <li
            key={bar.subsystem}
            className={bar.isBottleneck ? 'is-bottleneck' : undefined}
            data-subsystem={bar.subsystem}
          >
            <span className="bar-label" title={bar.isBottleneck ? bottleneck : undefined}>
              <SubsystemBadge subsystem={bar.subsystem} lang={lang} />
              {bar.isBottleneck && <span className="visually-hidden"> ({bottleneck})</span>}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${bar.widthPct}%` }} />
            </span>
            <span className={bar.value === undefined ? 'bar-value no-data' : 'bar-value'}>
              U {formatIndex(bar.value, lang)}
            </span>
          </li>
        ))}
    </ul>
  );
}
