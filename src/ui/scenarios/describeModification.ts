// One line per modification for the list: what it does, to which feature, in the user's language
// ("Add · Data centre · Proposed data centre 1").
import type { Atlas, AtlasRecord } from '../../domain/atlas';
import { localName, type Lang } from '../../domain/lang';
import { LAYER_FAMILIES } from '../../domain/layerFamilies';
import { targetId, type Modification } from '../../domain/scenario/modification';
import { SCENARIO_MESSAGES } from './scenarioMessages';

const VERB = { add: 'add', edit: 'edit', remove: 'remove', move: 'move' } as const;

export function describeModification(modification: Modification, atlas: Atlas, lang: Lang): string {
  const verb = SCENARIO_MESSAGES[VERB[modification.kind]][lang];
  const family = LAYER_FAMILIES[modification.layerId].label[lang];
  const record =
    modification.kind === 'add'
      ? modification.record
      : (atlas[modification.layerId] as readonly AtlasRecord[]).find(
          (r) => r.id === targetId(modification),
        );
  const name = record ? localName(record, lang) : targetId(modification);
  const detail =
    modification.kind === 'edit'
      ? ` (${Object.keys(modification.changes)
          .filter((key) => key !== 'proposed')
          .join(', ')})`
      : '';
  return `${verb} · ${family} · ${name}${detail}`;
}
