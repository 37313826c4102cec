// A subsystem's one-character badge (算 电 网 数) followed by its name in the current language;
// compact: the badge alone, its name in a tooltip and for screen readers.
import type { Lang } from '../../domain/lang';
import { SUBSYSTEM_LABELS, type Subsystem } from '../../domain/score/subsystems';
import { SUBSYSTEM_GLYPHS } from './subsystemGlyphs';

export interface SubsystemBadgeProps {
  subsystem: Subsystem;
  lang: Lang;
  compact?: boolean;
}

export function SubsystemBadge({ subsystem, lang, compact = false }: SubsystemBadgeProps) {
  const name = SUBSYSTEM_LABELS[subsystem][lang];
  return (
    <span className="subsystem-name" title={compact ? name : undefined}>
      <span className={`subsystem-glyph glyph-${subsystem}`} lang="zh" aria-hidden="true">
        {SUBSYSTEM_GLYPHS[subsystem]}
      </span>
      <span className={compact ? 'visually-hidden' : undefined}>{name}</span>
    </span>
  );
}
