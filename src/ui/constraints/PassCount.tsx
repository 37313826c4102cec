// The live count of what passes, announced politely as it changes: "N of R regions, M of K sites
// pass", or that the worker is still computing.
import type { ConstraintEvaluation } from '../../domain/constraints/evaluateConstraints';
import type { Lang } from '../../domain/lang';
import { formatNumber } from '../details/formatValue';
import type { ConstraintText } from './useConstraintText';

export interface PassCountProps {
  readonly evaluation: ConstraintEvaluation | undefined;
  readonly constraintCount: number;
  readonly lang: Lang;
  readonly t: ConstraintText;
}

export function PassCount({ evaluation, constraintCount, lang, t }: PassCountProps) {
  const n = (value: number) => formatNumber(value, lang);
  return (
    <div className="constraint-count" role="status" aria-live="polite" data-testid="pass-count">
      {evaluation === undefined ? (
        t('computing')
      ) : (
        <>
          <strong>
            {t('passCount', {
              regions: n(evaluation.counts.regions.passing),
              regionTotal: n(evaluation.counts.regions.total),
              sites: n(evaluation.counts.sites.passing),
              siteTotal: n(evaluation.counts.sites.total),
            })}
          </strong>
          {constraintCount === 0 && <span className="constraint-note">{t('noConstraints')}</span>}
        </>
      )}
    </div>
  );
}
