// Guesses which column of a generic CSV holds which schema property, for the user to confirm.
// Exact names first (English or Chinese), then names containing a keyword; a column is used once.
import {
  LAYER_FAMILIES,
  LAYER_IDS,
  type GeometryKind as FamilyGeometry,
  layerFamily,
  type LayerId,
} from '../../domain/layerFamilies';
import type { GeometryKind } from '../validate/cleanGeometry';
import { normaliseColumnName } from '../validate/detectCoordinateColumns';

export const MAPPING_ROLES = [
  'id',
  'name',
  'name_zh',
  'capacity_mw',
  'operator',
  'status',
  'year',
  'fuel',
  'kind',
  'voltage_kv',
  'notes',
] as const;
export type MappingRole = (typeof MAPPING_ROLES)[number];

/** Schema property → the column that holds it. */
export type ColumnMapping = { readonly [R in MappingRole]?: string };

const EXACT: Readonly<Record<MappingRole, readonly string[]>> = {
  id: ['id', 'fid', 'gppd_idnr', 'code', 'site_id', '编号', '代码'],
  name: ['name', 'name_en', 'english_name', 'title', 'site', 'site_name', 'plant_name', '名称', '名字'],
  name_zh: ['name_zh', 'chinese_name', 'name_cn', '中文名', '中文名称'],
  capacity_mw: ['capacity_mw', 'capacity', 'mw', 'power_mw', 'it_load_mw', '装机容量', '容量'],
  operator: ['operator', 'owner', 'company', 'provider', '运营商', '业主', '所属公司'],
  status: ['status', 'state', 'operational_status', '状态'],
  year: ['year', 'commissioning_year', 'year_opened', 'opened', '年份', '投产年份'],
  fuel: ['fuel', 'primary_fuel', '燃料', '能源类型'],
  kind: ['kind', 'type', 'category', '类型', '类别'],
  voltage_kv: ['voltage_kv', 'voltage', 'kv', '电压', '电压等级'],
  notes: ['notes', 'note', 'comment', 'description', '备注', '说明'],
};

const KEYWORDS: Readonly<Partial<Record<MappingRole, readonly string[]>>> = {
  name: ['name', '名称'],
  capacity_mw: ['capacity', 'mw', '容量'],
  operator: ['operator', 'owner', '运营'],
  year: ['year', '年'],
  voltage_kv: ['voltage', 'kv', '电压'],
};

/** A mapping guess for `columns` (names as written in the file). */
export function suggestMapping(columns: readonly string[]): ColumnMapping {
  const normalised = columns.map(normaliseColumnName);
  const used = new Set<number>();
  const mapping: Partial<Record<MappingRole, string>> = {};
  const take = (role: MappingRole, index: number) => {
    used.add(index);
    mapping[role] = columns[index];
  };
  for (const role of MAPPING_ROLES) {
    const index = EXACT[role]
      .map((alias) => normalised.indexOf(normaliseColumnName(alias)))
      .find((i) => i >= 0 && !used.has(i));
    if (index !== undefined) take(role, index);
  }
  for (const role of MAPPING_ROLES) {
    if (mapping[role] !== undefined) continue;
    const keywords = (KEYWORDS[role] ?? []).map(normaliseColumnName);
    const index = normalised.findIndex((n, i) => !used.has(i) && keywords.some((k) => n.includes(k)));
    if (index >= 0) take(role, index);
  }
  return mapping;
}

const FAMILY_GEOMETRY: Readonly<Record<GeometryKind, FamilyGeometry>> = {
  point: 'point',
  line: 'line',
  polygon: 'area',
};

/**
 * The layer that features of a geometry kind whose columns map as `mapping` most likely feed, by
 * the families' `importGuess` (LAYER_FAMILIES): the first family of that geometry whose column the
 * mapping has, else its fallback family. Without a kind, the columns alone decide (points last).
 */
export function suggestLayer(mapping: ColumnMapping, kind?: GeometryKind): LayerId {
  const ofKind = (geometry: FamilyGeometry) =>
    LAYER_IDS.filter((id) => LAYER_FAMILIES[id].geometry === geometry);
  const candidates = kind ? ofKind(FAMILY_GEOMETRY[kind]) : LAYER_IDS;
  const byColumn = candidates.find((id) => {
    const guess = layerFamily(id).importGuess;
    return typeof guess === 'object' && mapping[guess.column as MappingRole] !== undefined;
  });
  const fallback = (kind ? candidates : ofKind('point')).find(
    (id) => layerFamily(id).importGuess === 'fallback',
  );
  return byColumn ?? fallback ?? candidates[0] ?? LAYER_IDS[0]!;
}
