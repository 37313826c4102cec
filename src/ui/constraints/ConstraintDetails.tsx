// The detail panel's constraints section for a region, data centre or hub: whether it passes,
// each failed constraint with measured value, threshold and margin, unknown checks explained, and
// its latency to the nearest demand hub (unreachable said as such, never 0 ms).
import type { LayerId } from '../../domain/layerFamilies';
import { localName } from '../../domain/lang';
import { checkSentence } from './checkSentence';
import { useAppStore } from '../../state/AppStoreContext';
import { describeLatency } from './describeLatency';
import { isJudgedLayer } from '../../domain/layerFamilies';
import { subjectFindings } from './subjectVerdict';
import { useConstraintText } from './useConstraintText';
import './constraints.css';

const STATUS_ICONS = { pass: '✓', fail: '✗', unknown: '?', not_applicable: '–' } as const;

export function ConstraintDetails({ layerId, id }: { layerId: LayerId; id: string }) {
  const t = useConstraintText();
  const lang = useAppStore((state) => state.lang);
  const analysis = useAppStore((state) => state.analysis);
  const mode = useAppStore((state) => state.latency.mode);
  const hubs = useAppStore((state) => state.dataset?.atlas.hubs);
  const hasConstraints = useAppStore((state) => state.constraints.length > 0);
  if (!isJudgedLayer(layerId)) return null;
  if (!analysis)
    return (
      <section className="constraint-details" aria-busy="true">
        <h3>{t('detailsTitle')}</h3>
        <p className="constraint-note">{t('computing')}</p>
      </section>
    );
  const { verdict, checks, latency } = subjectFindings(analysis, layerId, id);
  const hubName = (hubId: string) => {
    const hub = hubs?.find((h) => h.id === hubId);
    return hub ? localName(hub, lang) : hubId;
  };
  const latencyText = describeLatency(latency, mode, lang, hubName);
  const failed = checks.filter((check) => check.status === 'fail').length;
  const summary =
    verdict?.status === 'fail'
      ? t('verdictFail', { count: failed, total: checks.length })
      : verdict?.status === 'unknown'
        ? t('verdictUnknown')
        : t('verdictPass');
  return (
    <section className="constraint-details" data-testid="constraint-details">
      <h3>{t('detailsTitle')}</h3>
      {hasConstraints && checks.length > 0 && (
        <>
          <p className={`constraint-verdict verdict-${verdict?.status ?? 'pass'}`}>{summary}</p>
          <ul className="constraint-checks">
            {checks.map((check) => (
              <li key={check.constraintIndex} className={`check-${check.status}`}>
                <span aria-hidden="true" className="check-icon">
                  {STATUS_ICONS[check.status]}
                </span>{' '}
                {checkSentence(check, lang)}
              </li>
            ))}
          </ul>
        </>
      )}
      {hasConstraints && checks.length === 0 && <p className="constraint-note">{t('notJudged')}</p>}
      <h4>{t('latencyTitle')}</h4>
      <p className="constraint-latency">
        {latencyText.value && <strong>{latencyText.value}</strong>} {latencyText.how}
      </p>
    </section>
  );
}
