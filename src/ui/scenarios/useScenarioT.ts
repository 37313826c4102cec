// The Scenarios UI's strings in the current language, as a function `t(key, values?)`.
import { useCallback } from 'react';
import { useAppStore } from '../../state/AppStoreContext';
import { fill, SCENARIO_MESSAGES, type ScenarioMessageKey } from './scenarioMessages';

export function useScenarioT() {
  const lang = useAppStore((state) => state.lang);
  return useCallback(
    (key: ScenarioMessageKey, values: Readonly<Record<string, string | number>> = {}) =>
      fill(SCENARIO_MESSAGES[key][lang], values),
    [lang],
  );
}
