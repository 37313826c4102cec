// The Scenarios UI: the tab, the detail panel's actions and the legend sections.
export { FeatureActions } from './FeatureActions';
export { ScenarioLegend } from './ScenarioLegend';
export { ScenariosPanel } from './ScenariosPanel';
