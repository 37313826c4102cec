// The active scenario's modifications in order, each removable, with undo and redo (also Ctrl+Z /
// Ctrl+Shift+Z while focus is in the list).
import type { KeyboardEvent } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { activeScenarioOf } from '../../state/scenarios/scenarioSlice';
import { describeModification } from './describeModification';
import { useScenarioT } from './useScenarioT';

export function ModificationList() {
  const t = useScenarioT();
  const lang = useAppStore((state) => state.lang);
  const active = useAppStore(activeScenarioOf);
  const atlas = useAppStore((state) => state.dataset?.atlas);
  const canRedo = useAppStore((state) => state.redoStack.length > 0);
  const undo = useAppStore((state) => state.undoModification);
  const redo = useAppStore((state) => state.redoModification);
  const remove = useAppStore((state) => state.removeModification);
  const comparison = useAppStore((state) => state.comparison);
  if (!active || !atlas) return null;
  const skipped = comparison?.scenarios.find((s) => s.id === active.id)?.skipped ?? 0;
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    event.preventDefault();
    if (event.shiftKey) redo();
    else undo();
  };
  return (
    <section
      className="scenario-modifications"
      aria-label={t('modifications')}
      onKeyDown={onKeyDown}
    >
      <h3>{t('modifications')}</h3>
      <div className="scenario-buttons">
        <button type="button" onClick={undo} disabled={active.modifications.length === 0}>
          {t('undo')}
        </button>
        <button type="button" onClick={redo} disabled={!canRedo}>
          {t('redo')}
        </button>
      </div>
      {active.modifications.length === 0 ? (
        <p className="hint">{t('noModifications')}</p>
      ) : (
        <ol data-testid="modification-list">
          {active.modifications.map((modification, index) => (
            <li key={index}>
              <span>{describeModification(modification, atlas, lang)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('removeModification', { n: index + 1 })}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {skipped > 0 && <p className="hint">{t('skipped', { n: skipped })}</p>}
    </section>
  );
}
