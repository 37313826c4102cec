// The click detail panel: the feature's name, its flags, every attribute with its unit, and its source.
import { LAYER_FAMILIES, type LayerId } from '../../domain/layerFamilies';
import type { ReactNode } from 'react';
import type { AtlasRecord } from '../../domain/atlas';
import { localName } from '../../domain/lang';
import { useAppStore } from '../../state/AppStoreContext';
import { useT } from '../i18n/useT';
import { recordRows, type DescribeField } from './recordRows';
import { SourceText } from './SourceText';

export interface DetailPanelProps {
  layerId: LayerId;
  record: AtlasRecord;
  describeField: DescribeField;
  onClose: () => void;
  /** Extra sections from other features (score, constraints) shown under the attributes. */
  children?: ReactNode;
}

export function DetailPanel({
  layerId,
  record,
  describeField,
  onClose,
  children,
}: DetailPanelProps) {
  const t = useT();
  const lang = useAppStore((state) => state.lang);
  const rows = recordRows(record, lang, describeField);
  return (
    <section className="detail-panel" aria-label={t('details')} data-testid="detail-panel">
      <header className="detail-header">
        <div>
          <div className="detail-layer">{t(LAYER_FAMILIES[layerId].label)}</div>
          <h2>{localName(record, lang)}</h2>
          {record.nameZh && lang === 'en' && <div lang="zh">{record.nameZh}</div>}
        </div>
        <button type="button" className="icon-button" aria-label={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      {record.proposed && <p className="flag flag-proposed">{t('proposed')}</p>}
      {record.approx && <p className="flag flag-approx">{t('approximate')}</p>}
      {record.verified === 'recalled' && <p className="flag flag-recalled">{t('recalled')}</p>}
      <table className="attribute-table">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                {row.value}
                {row.unit && <span className="unit"> {row.unit}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
      <h3>{t('source')}</h3>
      <p className="detail-source">
        <SourceText source={record.source} />
      </p>
    </section>
  );
}
