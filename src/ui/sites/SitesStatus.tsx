// What the current answer is: the formula with the weights in force, how many cells are scored,
// masked or incomplete, the worker's time, and clear notices for a failure, no weights or no cells.
import { criterionDef } from '../../domain/sites/criteria';
import type { SiteAnalysis } from '../../domain/sites/siteAnalysis';
import { useAppStore } from '../../state/AppStoreContext';
import { formatNumber } from '../details/formatValue';
import { useSitesT } from './useSitesT';

export function SitesStatus({
  sites,
  error,
}: {
  sites: SiteAnalysis | null;
  error: string | null;
}) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  if (error) return <p className="sites-warning" role="alert">{`${t('failed')}: ${error}`}</p>;
  if (!sites) return <p role="status">{t('computing')}</p>;
  const { counts, terms } = sites.cells;
  const formula = terms
    .map(
      (term) =>
        `${term.weight.toFixed(2)}·${term.penalty ? '(1 − ' : ''}s(${criterionDef(term.id).label[lang]})${term.penalty ? ')' : ''}`,
    )
    .join(' + ');
  const n = (value: number) => formatNumber(value, lang, 0);
  const ms = sites.timingsMs;
  return (
    <div className="sites-status" role="status" data-sites-status="ready">
      {sites.grid.cellIds.length === 0 && <p className="sites-warning">{t('noCells')}</p>}
      {terms.length === 0 && sites.grid.cellIds.length > 0 && (
        <p className="sites-warning">{t('noWeights')}</p>
      )}
      <p>
        {n(sites.grid.cellIds.length)} {t('cells')}: {n(counts.scored)} {t('scored')},{' '}
        {n(counts.masked)} {t('masked')}, {n(counts.incomplete)} {t('incomplete')}.
      </p>
      <p className="sites-formula">
        <strong>{t('formula')}:</strong> score = 100 × ({formula || '—'})
      </p>
      <p className="sites-hint">
        {t('timing')}: grid {n(ms.grid)} ms · criteria {n(ms.criteria)} ms · score{' '}
        {formatNumber(ms.score, lang, 1)} ms · candidates {formatNumber(ms.candidates, lang, 1)} ms
        · robustness {formatNumber(ms.robustness, lang, 1)} ms
      </p>
    </div>
  );
}
