// The validation report in the current language: how many features were kept, then per reason what
// was dropped, fixed or only noted, with the first examples. Everything is rendered as text.
import type { ReasonEntry, ValidationReport } from '../../data/validate/report';
import { formatMessage } from '../../data/validate/messages';
import type { Lang } from '../../domain/lang';
import { useAppStore } from '../../state/AppStoreContext';
import { useImportT } from './useImportT';

const LIST_LABELS = {
  dropped: { en: 'Dropped', zh: '已丢弃' },
  fixed: { en: 'Fixed', zh: '已修复' },
  noted: { en: 'Noted', zh: '提示' },
} as const;
const LISTS = ['dropped', 'fixed', 'noted'] as const;

function Entry({ entry, lang, eg }: { entry: ReasonEntry; lang: Lang; eg: string }) {
  return (
    <li data-reason={entry.reason}>
      <span className="import-count">{entry.count}</span> {formatMessage(entry.reason, lang)}
      {entry.examples.length > 0 && (
        <small className="import-examples">
          {eg} {entry.examples.join('; ')}
        </small>
      )}
    </li>
  );
}

export function ImportReport({ report }: { report: ValidationReport }) {
  const t = useImportT();
  const lang = useAppStore((state) => state.lang);
  return (
    <section className="import-report" aria-label={t('report')} data-testid="import-report">
      <p>{t('kept', { n: report.kept })}</p>
      {LISTS.filter((list) => report[list].length > 0).map((list) => (
        <div key={list} data-list={list}>
          <h4>{LIST_LABELS[list][lang]}</h4>
          <ul>
            {report[list].map((entry) => (
              <Entry key={entry.reason} entry={entry} lang={lang} eg={t('examples')} />
            ))}
          </ul>
        </div>
      ))}
      {report.warnings.length > 0 && (
        <details>
          <summary>{t('warnings')}</summary>
          <ul>
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
