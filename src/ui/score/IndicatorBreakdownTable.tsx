// Each indicator of one region: raw value with its unit, normalised value and weight within its
// subsystem, grouped under subsystem headings; missing values marked, switched-off ones dimmed.
import { Fragment } from 'react';
import type { Lang } from '../../domain/lang';
import { SUBSYSTEMS } from '../../domain/score/subsystems';
import { indicatorDef } from '../../domain/score/indicatorRegistry';
import { formatIndex, formatRaw, indicatorName } from './formatScore';
import type { IndicatorLine } from './indicatorBreakdown';
import { SCORE_MESSAGES } from './scoreMessages';
import { SubsystemBadge } from './SubsystemBadge';

export function IndicatorBreakdownTable({
  lines,
  lang,
  vintageOf,
}: {
  lines: readonly IndicatorLine[];
  lang: Lang;
  /** The year of each indicator's figures. */
  vintageOf: (id: IndicatorLine['id']) => string | undefined;
}) {
  const t = (key: keyof typeof SCORE_MESSAGES) => SCORE_MESSAGES[key][lang];
  return (
    <table className="breakdown-table">
      <thead>
        <tr>
          <th scope="col">{t('indicator')}</th>
          <th scope="col">{t('raw')}</th>
          <th scope="col">
            <abbr title={t('normalisedHint')}>{t('normalisedShort')}</abbr>
          </th>
          <th scope="col">
            <abbr title={t('weightHint')}>{t('weightShort')}</abbr>
          </th>
        </tr>
      </thead>
      <tbody>
        {SUBSYSTEMS.map((k) => (
          <Fragment key={k}>
            <tr className="group-row">
              <th scope="colgroup" colSpan={4}>
                <SubsystemBadge subsystem={k} lang={lang} />
              </th>
            </tr>
            {lines
              .filter((line) => line.subsystem === k)
              .map((line) => (
                <tr
                  key={line.id}
                  className={line.enabled ? undefined : 'is-off'}
                  data-indicator={line.id}
                >
                  <th scope="row">
                    {indicatorName(line.id, lang)}
                    <span className="unit">
                      {' '}
                      ({indicatorDef(line.id).unit[lang]}
                      {vintageOf(line.id) && ` · ${vintageOf(line.id)}`}
                      {line.lowerIsBetter && `; ${t('lowerIsBetter')}`})
                    </span>
                  </th>
                  <td className={line.missing ? 'num no-data' : 'num'}>
                    {line.missing && (
                      <span className="missing-mark" aria-hidden="true">
                        !
                      </span>
                    )}
                    {formatRaw(line.raw, lang)}
                  </td>
                  <td className="num">
                    {line.missing ? '–' : formatIndex(line.normalised, lang, 3)}
                  </td>
                  <td className="num">
                    {line.enabled ? formatIndex(line.weight, lang) : t('weightOff')}
                  </td>
                </tr>
              ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
