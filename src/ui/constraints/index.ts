// The constraints UI's public exports, wired in by the layout, the map area, the legend and the
// detail panel.
export { ConstraintsPanel } from './ConstraintsPanel';
export { ConstraintDetails } from './ConstraintDetails';
export { RingsLegend } from './RingsLegend';
