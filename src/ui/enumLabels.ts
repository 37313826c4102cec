// Bilingual names of the enumerated values a record holds (fuel, kind, status…), keyed by field;
// the map's palettes already name fuels and kinds, so those rows are reused from there.
import type { Bilingual, Lang } from '../domain/lang';
import {
  DATACENTRE_KIND_LABELS,
  FIBRE_PALETTE,
  FUEL_PALETTE,
  NETWORK_NODE_PALETTE,
  type PaletteRow,
} from '../map/palette';

const STATUS_LABELS: Readonly<Record<string, Bilingual>> = {
  operating: { en: 'Operating', zh: '运行中' },
  partially_operating: { en: 'Partly operating', zh: '部分投运' },
  under_construction: { en: 'Under construction', zh: '在建' },
  planned: { en: 'Planned', zh: '规划中' },
  retired: { en: 'Retired', zh: '已退役' },
  unknown: { en: 'Unknown', zh: '未知' },
};

const HUB_TYPE_LABELS: Readonly<Record<string, Bilingual>> = {
  hub: { en: 'National hub node', zh: '国家枢纽节点' },
  cluster: { en: 'Data-centre cluster', zh: '数据中心集群' },
};

const HUB_ROLE_LABELS: Readonly<Record<string, Bilingual>> = {
  east_demand: { en: 'Demand-side hub (east)', zh: '需求侧枢纽（东部）' },
  west_supply: { en: 'Supply-side hub (west)', zh: '供给侧枢纽（西部）' },
};

const VERIFIED_LABELS: Readonly<Record<string, Bilingual>> = {
  'source-checked': { en: 'Checked against its source', zh: '已核对来源' },
  recalled: { en: 'Recalled, not re-checked', zh: '凭记忆整理，未核对' },
  mixed: { en: 'Partly checked', zh: '部分核对' },
};

function labelsOf(rows: Readonly<Record<string, PaletteRow>>): Record<string, Bilingual> {
  return Object.fromEntries(Object.entries(rows).map(([key, row]) => [key, row.label]));
}

const ENUM_LABELS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  status: STATUS_LABELS,
  fuel: labelsOf(FUEL_PALETTE),
  type: HUB_TYPE_LABELS,
  role: HUB_ROLE_LABELS,
  verified: VERIFIED_LABELS,
  kind: {
    ...DATACENTRE_KIND_LABELS,
    ...labelsOf(FIBRE_PALETTE),
    ...labelsOf(NETWORK_NODE_PALETTE),
  },
};

/** The value's name in `lang` when `field` is enumerated and knows it; otherwise the value itself. */
export function enumLabel(field: string, value: string, lang: Lang): string {
  return ENUM_LABELS[field]?.[value]?.[lang] ?? value;
}
