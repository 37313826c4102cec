// A coordination class as a colour chip (the map's colour) and its name; "no data" in grey.
import type { Lang } from '../../domain/lang';
import { rgbaToHex } from '../../map/colour';
import { coordinationClassColour } from '../../map/ramps';
import { className } from './formatScore';

export function ClassChip({ classIndex, lang }: { classIndex: number | undefined; lang: Lang }) {
  const colour = rgbaToHex(coordinationClassColour(classIndex));
  return (
    <span className="class-chip">
      <span className="swatch" style={{ background: colour }} aria-hidden="true" />
      <span>{className(classIndex, lang)}</span>
    </span>
  );
}
