// Every reason the validator and the importers can give, with its message in English and Chinese.
// A reason names what was wrong; whether it was fixed, dropped or only noted is said by the report list.
import type { Bilingual, Lang } from '../../domain/lang';

export const REASON_CODES = [
  'file_too_large',
  'empty_file',
  'not_json',
  'truncated_json',
  'too_deeply_nested',
  'topojson',
  'not_geojson',
  'no_features',
  'csv_no_coordinate_columns',
  'bom_stripped',
  'non_standard_number_literal',
  'wrapped_feature',
  'wrapped_geometry',
  'not_a_feature',
  'null_geometry',
  'invalid_geometry',
  'geometry_collection',
  'non_finite_coordinate',
  'invalid_position',
  'position_out_of_range',
  'swapped_axes',
  'trimmed_3d',
  'too_few_positions',
  'ring_closed',
  'ring_rewound',
  'self_intersection',
  'antimeridian_crossing',
  'wrong_geometry_type',
  'multipoint_to_point',
  'unsafe_key_removed',
  'non_finite_property_removed',
  'html_in_property',
  'script_url_in_property',
  'id_assigned',
  'duplicate_id_renamed',
  'duplicate_feature',
  'missing_coordinate',
  'invalid_coordinate',
  'duplicates_merged',
  'known_source_error_corrected',
  'unmapped_value',
  'not_a_scenario',
  'unsupported_scenario_version',
  'unknown_dataset',
  'not_a_modification',
  'unknown_feature_id',
  'negative_value',
  'outside_coverage',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Messages may hold `{name}` placeholders, filled by `formatMessage`. */
export const MESSAGES: { readonly [R in ReasonCode]: Bilingual } = {
  file_too_large: {
    en: 'The file is {size}; the limit is {limit}. Split it or simplify it first.',
    zh: '文件大小为 {size}，超过上限 {limit}。请先拆分或简化。',
  },
  empty_file: { en: 'The file is empty.', zh: '文件为空。' },
  not_json: {
    en: 'This is not valid JSON (line {line}, column {column}).',
    zh: '这不是有效的 JSON（第 {line} 行，第 {column} 列）。',
  },
  truncated_json: {
    en: 'The JSON ends too early; the file looks truncated (at character {position}).',
    zh: 'JSON 提前结束，文件似乎不完整（第 {position} 个字符处）。',
  },
  too_deeply_nested: {
    en: 'The JSON is nested more than {limit} levels deep; refused.',
    zh: 'JSON 嵌套超过 {limit} 层，已拒绝。',
  },
  topojson: {
    en: 'This is TopoJSON; convert it to GeoJSON (for example with topojson-client or mapshaper).',
    zh: '这是 TopoJSON 文件；请先转换为 GeoJSON（例如使用 topojson-client 或 mapshaper）。',
  },
  not_geojson: {
    en: 'This JSON is not GeoJSON (no FeatureCollection, Feature or geometry found).',
    zh: '该 JSON 不是 GeoJSON（未找到 FeatureCollection、Feature 或几何对象）。',
  },
  no_features: { en: 'No usable feature was found.', zh: '未找到可用的要素。' },
  csv_no_coordinate_columns: {
    en: 'No latitude/longitude columns found (looked for lat, latitude, lon, lng, longitude, x, y, 纬度, 经度).',
    zh: '未找到经纬度列（查找了 lat、latitude、lon、lng、longitude、x、y、纬度、经度）。',
  },
  bom_stripped: { en: 'Byte-order mark removed.', zh: '已移除字节顺序标记（BOM）。' },
  non_standard_number_literal: {
    en: 'NaN or Infinity written as bare words (not JSON); treated as missing values.',
    zh: '文件中出现非标准的 NaN 或 Infinity，已视为缺失值。',
  },
  wrapped_feature: {
    en: 'A single Feature was wrapped in a FeatureCollection.',
    zh: '单个 Feature 已包装为 FeatureCollection。',
  },
  wrapped_geometry: {
    en: 'A bare geometry was wrapped in a Feature.',
    zh: '单独的几何对象已包装为 Feature。',
  },
  not_a_feature: { en: 'Entry is not a GeoJSON Feature.', zh: '该条目不是 GeoJSON Feature。' },
  null_geometry: { en: 'Feature has no geometry.', zh: '要素没有几何。' },
  invalid_geometry: {
    en: 'Geometry is malformed or of an unknown type.',
    zh: '几何格式错误或类型未知。',
  },
  geometry_collection: {
    en: 'GeometryCollection is not supported; split it into features.',
    zh: '不支持 GeometryCollection；请拆分为多个要素。',
  },
  non_finite_coordinate: {
    en: 'A coordinate is NaN, Infinity or too large to represent.',
    zh: '坐标为 NaN、Infinity 或超出可表示范围。',
  },
  invalid_position: {
    en: 'A position is not a pair of numbers.',
    zh: '坐标点不是一对数字。',
  },
  position_out_of_range: {
    en: 'Longitude outside −180…180 or latitude outside −90…90.',
    zh: '经度超出 −180…180 或纬度超出 −90…90。',
  },
  swapped_axes: {
    en: 'Latitude and longitude were swapped in the whole file; swapped back.',
    zh: '整个文件的经纬度顺序颠倒，已纠正。',
  },
  trimmed_3d: {
    en: 'Height values removed (positions kept as longitude, latitude).',
    zh: '已移除高度值（仅保留经度、纬度）。',
  },
  too_few_positions: {
    en: 'Too few positions for the geometry (a line needs 2, a ring 4).',
    zh: '几何的坐标点太少（线至少 2 个，环至少 4 个）。',
  },
  ring_closed: { en: 'Polygon ring closed.', zh: '多边形环已闭合。' },
  ring_rewound: {
    en: 'Polygon ring rewound to the right-hand rule (outer anticlockwise).',
    zh: '多边形环已按右手规则重新排序（外环逆时针）。',
  },
  self_intersection: {
    en: 'Polygon ring crosses itself (bow-tie); kept, but areas and containment may be wrong.',
    zh: '多边形环自相交（蝴蝶结形）；已保留，但面积和包含判断可能有误。',
  },
  antimeridian_crossing: {
    en: 'Geometry jumps across the 180° meridian; kept, but it may be drawn across the map.',
    zh: '几何跨越 180° 经线；已保留，但可能横跨地图绘制。',
  },
  wrong_geometry_type: {
    en: 'Geometry type does not match the layer ({expected}).',
    zh: '几何类型与图层不符（应为 {expected}）。',
  },
  multipoint_to_point: {
    en: 'MultiPoint with one position turned into a Point.',
    zh: '仅含一个点的 MultiPoint 已转换为 Point。',
  },
  unsafe_key_removed: {
    en: 'Property named __proto__, constructor or prototype removed.',
    zh: '已移除名为 __proto__、constructor 或 prototype 的属性。',
  },
  non_finite_property_removed: {
    en: 'Property value NaN or Infinity removed.',
    zh: '已移除值为 NaN 或 Infinity 的属性。',
  },
  html_in_property: {
    en: 'Property contains HTML; it is kept and shown as plain text.',
    zh: '属性包含 HTML；已保留并作为纯文本显示。',
  },
  script_url_in_property: {
    en: 'Property contains a javascript: or data: URL; it is kept as plain text and never opened.',
    zh: '属性包含 javascript: 或 data: 链接；已作为纯文本保留，不会被打开。',
  },
  id_assigned: { en: 'Feature had no id; one was assigned.', zh: '要素缺少 id，已自动分配。' },
  duplicate_id_renamed: {
    en: 'Duplicate id renamed with a suffix (-2, -3, …).',
    zh: '重复的 id 已添加后缀（-2、-3……）重命名。',
  },
  duplicate_feature: {
    en: 'Exact duplicate of an earlier feature.',
    zh: '与前面的要素完全重复。',
  },
  missing_coordinate: { en: 'Row has no coordinate.', zh: '该行缺少坐标。' },
  invalid_coordinate: { en: 'Row coordinate is not a number.', zh: '该行坐标不是数字。' },
  duplicates_merged: {
    en: 'Records with the same source id merged into one feature.',
    zh: '来源 id 相同的记录已合并为一个要素。',
  },
  known_source_error_corrected: {
    en: 'A known error of the source was corrected.',
    zh: '已更正来源数据中的已知错误。',
  },
  unmapped_value: {
    en: 'Value not in our list; mapped to "other".',
    zh: '取值不在列表中，已归为“其他”。',
  },
  not_a_scenario: {
    en: 'This file is not a Compute Atlas scenario (no "format": "compute-atlas-scenario").',
    zh: '该文件不是算力布局图情景文件（缺少 "format": "compute-atlas-scenario"）。',
  },
  unsupported_scenario_version: {
    en: 'Scenario version {version} is not supported; this app reads version {supported}.',
    zh: '不支持情景版本 {version}；本应用读取版本 {supported}。',
  },
  unknown_dataset: {
    en: 'The scenario is for the dataset "{dataset}", but "{loaded}" is loaded.',
    zh: '该情景适用于数据集“{dataset}”，但当前加载的是“{loaded}”。',
  },
  not_a_modification: {
    en: 'Entry is not a modification (add, edit, remove or move of a known layer).',
    zh: '该条目不是有效的修改（已知图层的新增、编辑、删除或移动）。',
  },
  unknown_feature_id: {
    en: 'The modification names a feature the dataset does not have.',
    zh: '该修改指向的要素在数据集中不存在。',
  },
  negative_value: {
    en: 'A capacity, voltage, length or count is negative (or a PUE below 1).',
    zh: '容量、电压、长度或数量为负值（或 PUE 小于 1）。',
  },
  outside_coverage: {
    en: 'A position lies outside every region the dataset covers (for the default dataset: outside China).',
    zh: '位置不在数据集覆盖的任何区域内（默认数据集：位于中国境外）。',
  },
};

/** The message for a reason in the language, with `{name}` placeholders filled from `params`. */
export function formatMessage(
  reason: ReasonCode,
  lang: Lang,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[reason][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
