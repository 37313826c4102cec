// Which scenario is shown (the baseline is always one click away), a new one, its name and deletion.
import { useAppStore } from '../../state/AppStoreContext';
import { useScenarioT } from './useScenarioT';

export function ScenarioPicker() {
  const t = useScenarioT();
  const scenarios = useAppStore((state) => state.scenarios);
  const activeId = useAppStore((state) => state.activeScenarioId);
  const select = useAppStore((state) => state.selectScenario);
  const create = useAppStore((state) => state.createScenario);
  const rename = useAppStore((state) => state.renameScenario);
  const remove = useAppStore((state) => state.deleteScenario);
  const active = scenarios.find((s) => s.id === activeId);
  return (
    <div className="scenario-picker">
      <label>
        {t('show')}
        <select
          value={activeId ?? ''}
          onChange={(event) => select(event.target.value === '' ? null : event.target.value)}
          data-testid="scenario-select"
        >
          <option value="">{t('baseline')}</option>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.name}
            </option>
          ))}
        </select>
      </label>
      <div className="scenario-buttons">
        <button type="button" onClick={() => create()}>
          {t('newScenario')}
        </button>
        <button type="button" onClick={() => select(null)} disabled={!active}>
          {t('showBaseline')}
        </button>
      </div>
      {active && (
        <div className="scenario-name">
          <label>
            {t('rename')}
            <input
              key={active.id}
              type="text"
              defaultValue={active.name}
              maxLength={120}
              onBlur={(event) => rename(active.id, event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') rename(active.id, event.currentTarget.value);
              }}
            />
          </label>
          <button type="button" className="danger" onClick={() => remove(active.id)}>
            {t('deleteScenario')}
          </button>
          <p className="hint">{t('saved')}</p>
        </div>
      )}
    </div>
  );
}
