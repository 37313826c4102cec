// Two or three regions side by side: D, class, C, T, U_k bars, bottleneck and raw indicators, the
// best value of each row marked, a remove button per region. Nothing when fewer than two.
import { useMemo } from 'react';
import { localName } from '../../domain/lang';
import { useAppStore } from '../../state/AppStoreContext';
import { ClassChip } from './ClassChip';
import { compareRows, type CompareCell, type CompareRow } from './compareRows';
import { useScoreT } from './useScoreT';
import './score.css';

const NO_REGIONS = [] as const;

function CellContent({ row, cell }: { row: CompareRow; cell: CompareCell }) {
  const lang = useAppStore((state) => state.lang);
  if (row.kind === 'class') return <ClassChip classIndex={cell.classIndex} lang={lang} />;
  if (row.kind === 'bar' && cell.barPct !== undefined)
    return (
      <span className="compare-bar">
        <span className="bar-track" aria-hidden="true">
          <span className="bar-fill" style={{ width: `${cell.barPct}%` }} />
        </span>
        {cell.text}
      </span>
    );
  return <>{cell.text}</>;
}

export function ComparePanel() {
  const t = useScoreT();
  const lang = useAppStore((state) => state.lang);
  const analysis = useAppStore((state) => state.analysis);
  const ids = useAppStore((state) => state.compareRegionIds);
  const regions = useAppStore((state) => state.dataset?.atlas.regions ?? NO_REGIONS);
  const toggleCompare = useAppStore((state) => state.toggleCompare);
  const model = useMemo(
    () => (analysis ? compareRows(analysis, ids, lang) : undefined),
    [analysis, ids, lang],
  );
  if (!model || model.regionIds.length < 2) return null;
  const nameOf = (id: string) => {
    const region = regions.find((r) => r.id === id);
    return region ? localName(region, lang) : id;
  };
  return (
    <section
      className="compare-panel"
      aria-labelledby="compare-heading"
      data-testid="compare-panel"
    >
      <h3 id="compare-heading">{t('comparison')}</h3>
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <td className="first-column" />
              {model.regionIds.map((id) => (
                <th key={id} scope="col" data-region={id}>
                  <span>{nameOf(id)}</span>
                  <button
                    type="button"
                    className="icon-button small"
                    aria-label={`${t('removeFromComparison')}: ${nameOf(id)}`}
                    title={t('removeFromComparison')}
                    onClick={() => toggleCompare(id)}
                  >
                    ×
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td
                    key={model.regionIds[i]}
                    className={[cell.best && 'is-best', cell.missing && 'no-data']
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <CellContent row={row} cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
