// A subsystem's one-character badge (算 电 网 数) followed by its name in the current language.
import type { Lang } from '../../domain/lang';
import { SUBSYSTEM_LABELS, type Subsystem } from '../../domain/score/subsystems';
import { SUBSYSTEM_GLYPHS } from './subsystemGlyphs';

export function SubsystemBadge({ subsystem, lang }: { subsystem: Subsystem; lang: Lang }) {
  return (
    <span className="subsystem-name">
      <span className={`subsystem-glyph glyph-${subsystem}`} lang="zh" aria-hidden="true">
        {SUBSYSTEM_GLYPHS[subsystem]}
      </span>
      {SUBSYSTEM_LABELS[subsystem][lang]}
    </span>
  );
}
