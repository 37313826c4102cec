// Which electric current a power-line filter keeps: one of the atlas currents, or any.
import { CURRENTS } from '../atlas';

export const CURRENT_FILTERS = [...CURRENTS, 'any'] as const;
export type CurrentFilter = (typeof CURRENT_FILTERS)[number];
