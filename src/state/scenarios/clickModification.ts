// The modification a map click makes with an edit tool: a proposed site at the click, the first end
// of a line remembered (no modification yet), the line once the second end is picked, or the
// chosen point moved there. Pure; names and ids follow the scenario and the atlas.
import type { Atlas, LonLat } from '../../domain/atlas';
import { assertNever } from '../../domain/assertNever';
import type { Lang } from '../../domain/lang';
import type { Modification, Scenario } from '../../domain/scenario/modification';
import {
  freshId,
  proposedDataCentre,
  proposedFibreLink,
  proposedPowerLine,
  proposedPowerPlant,
} from '../../domain/scenario/proposedFeatures';
import { snapCandidates } from '../../domain/scenario/snapCandidates';
import { snapToPlace } from '../../domain/scenario/snapToPlace';
import type { EditTool } from './editTool';

export interface ClickOutcome {
  readonly modification?: Modification;
  /** The tool after the click (a line keeps its first end until the second is picked). */
  readonly tool: EditTool | null;
}

const LABELS = {
  datacentres: { en: 'Proposed data centre', zh: '拟建数据中心' },
  power_plants: { en: 'Proposed power plant', zh: '拟建电厂' },
  power_lines: { en: 'Proposed UHV line', zh: '拟建特高压线路' },
  fibre_routes: { en: 'Proposed fibre link', zh: '拟建光缆' },
} as const;

export function clickModification(
  tool: EditTool,
  position: LonLat,
  atlas: Atlas,
  scenario: Pick<Scenario, 'id' | 'name'>,
  lang: Lang,
): ClickOutcome {
  const named = (layer: keyof typeof LABELS) => {
    const id = freshId(atlas, layer, `${scenario.id}-${layer.slice(0, 2)}`);
    const n = id.split('-').at(-1);
    return {
      id,
      name: `${LABELS[layer].en} ${n}`,
      nameZh: `${LABELS[layer].zh} ${n}`,
      scenarioName: scenario.name,
    };
  };
  switch (tool.kind) {
    case 'dataCentre': {
      const { capacityMw, racks, designPue, year } = tool.values;
      const common = { ...named('datacentres'), position, capacityMw, racks, designPue, year };
      return { modification: proposedDataCentre(common), tool };
    }
    case 'powerPlant': {
      const { capacityMw, fuel, year } = tool.values;
      const common = { ...named('power_plants'), position, capacityMw, fuel, year };
      return { modification: proposedPowerPlant(common), tool };
    }
    case 'powerLine':
    case 'fibreLink': {
      const layer = tool.kind === 'powerLine' ? 'power_lines' : 'fibre_routes';
      const end = snapToPlace(position, snapCandidates(atlas, layer, lang)).position;
      if (!tool.firstEnd) return { tool: { ...tool, firstEnd: end } };
      const ends = [tool.firstEnd, end] as const;
      const { voltageKv, capacityGw, current, year } = tool.values;
      const modification =
        layer === 'power_lines'
          ? proposedPowerLine({ ...named(layer), ends, voltageKv, capacityGw, current, year })
          : proposedFibreLink({ ...named(layer), ends, year });
      return { modification, tool: { kind: tool.kind, values: tool.values } };
    }
    case 'move': {
      const { layerId, id } = tool.ref;
      const modification = { kind: 'move', layerId, id, position } as Modification;
      return { modification, tool: null };
    }
    default:
      return assertNever(tool);
  }
}
