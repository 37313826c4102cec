// What the hover tooltip says about a feature: its name, its layer and a few key attributes.
import { LAYER_FAMILIES } from '../domain/layerFamilies';
import type { AtlasRecord } from '../domain/atlas';
import type { LayerId } from '../domain/layerFamilies';
import { localName, type Lang } from '../domain/lang';
import type { DescribeField } from './details/recordRows';
import { formatValue } from './details/formatValue';
import { MESSAGES } from './i18n/messages';

/** The attributes a tooltip shows per layer, in order; a new layer is a new row. */
const TOOLTIP_FIELDS: Readonly<Record<LayerId, readonly string[]>> = {
  regions: [],
  hubs: ['type', 'role', 'pueTargetMax'],
  datacentres: ['operator', 'kind', 'status', 'capacityMw', 'racks'],
  power_plants: ['fuel', 'capacityMw', 'status'],
  power_lines: ['current', 'voltageKv', 'capacityGw', 'status'],
  fibre_routes: ['kind', 'operator'],
  network_nodes: ['kind'],
};

export interface TooltipText {
  readonly title: string;
  readonly lines: readonly string[];
}

export function tooltipContent(
  layerId: LayerId,
  record: AtlasRecord,
  lang: Lang,
  describe: DescribeField,
): TooltipText {
  const values = record as unknown as Readonly<Record<string, unknown>>;
  const lines: string[] = [LAYER_FAMILIES[layerId].label[lang]];
  for (const key of TOOLTIP_FIELDS[layerId]) {
    const value = values[key];
    if (value === undefined) continue;
    const field = describe(key);
    const unit = field.unit ? ` ${field.unit}` : '';
    lines.push(`${field.label[lang]}: ${formatValue(value, lang, key)}${unit}`);
  }
  if (record.approx) lines.push(MESSAGES.approximate[lang]);
  return { title: localName(record, lang), lines };
}
