// What the hover tooltip says about a feature: its name, its layer and the key attributes its
// family's map module lists.
import { LAYER_FAMILIES, type LayerId } from '../domain/layerFamilies';
import type { AtlasRecord } from '../domain/atlas';
import { localName, type Lang } from '../domain/lang';
import { MAP_FAMILIES } from '../map/layerFamilies';
import type { DescribeField } from './details/recordRows';
import { formatValue } from './details/formatValue';
import { MESSAGES } from './i18n/messages';

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
  for (const key of MAP_FAMILIES[layerId].tooltipFields as readonly string[]) {
    const value = values[key];
    if (value === undefined) continue;
    const field = describe(key);
    const unit = field.unit ? ` ${field.unit}` : '';
    const vintage = field.vintage ? ` (${field.vintage})` : '';
    lines.push(`${field.label[lang]}${vintage}: ${formatValue(value, lang, key)}${unit}`);
  }
  if (record.approx) lines.push(MESSAGES.approximate[lang]);
  if (record.proposed) lines.unshift(MESSAGES.proposed[lang]);
  return { title: localName(record, lang), lines };
}
