// What a row of a categorical palette is (a colour and a bilingual label, read by both the
// accessors and the legends of a family), and the neutral grey of "no data".
import type { Bilingual } from '../domain/lang';

export interface PaletteRow {
  readonly colour: string;
  readonly label: Bilingual;
}

/** The labels of a palette's rows, by key. */
export function labelsOf(rows: Readonly<Record<string, PaletteRow>>): Record<string, Bilingual> {
  return Object.fromEntries(Object.entries(rows).map(([key, row]) => [key, row.label]));
}

/** Neutral grey for regions without data: never a colour of a ramp. */
export const NO_DATA_COLOUR = '#BDBDBD';
