// The year control: the as-of view, its slider, policy marks and the score scale.
export { YearControl } from './YearControl';
