// The Scenarios (情景) tab: choose or create a scenario, edit it on the map, list and undo its
// modifications, compare with the baseline, and keep or share it.
import { useAppStore } from '../../state/AppStoreContext';
import { EditTools } from './EditTools';
import { ModificationList } from './ModificationList';
import { ScenarioCompare } from './ScenarioCompare';
import { ScenarioFiles } from './ScenarioFiles';
import { ScenarioPicker } from './ScenarioPicker';
import { useScenarioT } from './useScenarioT';
import './scenarios.css';

export function ScenariosPanel() {
  const t = useScenarioT();
  const ready = useAppStore((state) => state.dataset !== null);
  return (
    <div className="scenarios-panel" data-testid="scenarios-panel">
      <h2>{t('heading')}</h2>
      <p className="hint">{t('intro')}</p>
      <ScenarioPicker />
      {ready && <EditTools />}
      <ModificationList />
      <ScenarioFiles />
      <ScenarioCompare />
    </div>
  );
}
