// Display descriptions (unit and labels in both languages) of the properties of each point and
// line layer, written to manifest.fields. Region statistics are described in regionFields.ts,
// wind farms in windFields.ts.
import { f, OUTSIDE, type FieldRow } from './fieldRow';
import { WIND_FIELDS } from './windFields';

/** The dates every dated feature carries (see featureYears.ts). */
export const YEAR_FIELDS: readonly FieldRow[] = [
  f(
    'start_year',
    'Start year (in operation, opened or approved)',
    '起始年份(投运、开通或批复)',
    'year',
  ),
  f('retire_year', 'Retire year', '退役年份', 'year'),
  f(
    'year_precision',
    'Start year known to the month, the year, or inferred',
    '起始年份精度(月、年或推断)',
  ),
];

const COMMON: readonly FieldRow[] = [
  ...YEAR_FIELDS,
  f('source', 'Source', '来源'),
  f('approx', 'Approximate or schematic geometry', '位置或线路为近似/示意'),
  f('verified', 'Verification', '核实情况'),
  f('region_id', 'Province (ISO 3166-2)', '所在省级行政区'),
  f('notes', 'Notes', '备注'),
];

export const LAYER_FIELDS: Readonly<Record<string, readonly FieldRow[]>> = {
  regions: [
    f('gb_code', 'GB/T 2260 code', '行政区划代码'),
    f('source', 'Source', '来源'),
    f('approx', 'Approximate geometry', '边界为近似'),
    f('outside_coverage', "Outside the dataset's sources", '数据集来源未覆盖'),
    f('notes', 'Notes', '备注'),
  ],
  hubs: [
    f('type', 'Hub or cluster', '枢纽节点/数据中心集群'),
    f('role', 'Role', '定位'),
    f('parent_hub_id', 'Parent hub', '所属枢纽'),
    f('region_ids', 'Provinces covered', '覆盖省份'),
    f('pue_target_max', 'PUE target (maximum)', 'PUE 目标上限', 'PUE'),
    f(
      'rack_utilisation_target_min_pct',
      'Rack utilisation target (minimum)',
      '上架率目标下限',
      '%',
    ),
    f('latency_target_ms', 'Latency target', '时延目标', 'ms'),
    f('approved', 'Approved', '批复时间', 'YYYY-MM'),
    ...COMMON,
  ],
  datacentres: [
    f('city', 'City', '城市'),
    f('operator', 'Operator', '运营方'),
    f('kind', 'Kind', '类型'),
    f('status', 'Status', '状态'),
    f('capacity_mw', 'IT capacity', 'IT 容量', 'MW'),
    f('racks', 'Racks', '机架数', 'racks'),
    f('servers', 'Servers', '服务器数', 'servers'),
    f('design_pue', 'Design PUE', '设计 PUE', 'PUE'),
    f('hub_cluster_id', 'National cluster', '所属国家集群'),
    f('year_opened', 'Year opened', '投运年份', 'year'),
    ...COMMON,
    OUTSIDE,
  ],
  power_plants: [
    f('fuel', 'Fuel', '能源类型'),
    f('capacity_mw', 'Capacity', '装机容量', 'MW'),
    f('status', 'Status', '状态'),
    f('year', 'Start year', '投运年份', 'year'),
    ...COMMON,
    OUTSIDE,
  ],
  power_lines: [
    f('current', 'AC or DC', '交流/直流'),
    f('voltage_kv', 'Voltage', '电压等级', 'kV'),
    f('capacity_gw', 'Rated transmission capacity', '额定输送容量', 'GW'),
    f('status', 'Status', '状态'),
    f('year', 'Year in service', '投运年份', 'year'),
    f('commissioned', 'Commissioned (full operation)', '投运时间(全面投运)', 'YYYY-MM'),
    f('operator', 'Operator', '运营方'),
    f('length_km', 'Length', '线路长度', 'km'),
    f('end_region_ids', 'Provinces at the two ends', '起止省份'),
    f('start_name', 'Sending end', '送端'),
    f('end_name', 'Receiving end', '受端'),
    f('via_region_ids', 'Provinces crossed', '途经省份'),
    f(
      'end_outside_region_km',
      'Ends outside the simplified outline of their province',
      '端点距所在省简化边界的距离',
      'km',
    ),
    ...COMMON,
  ],
  fibre_routes: [
    f('kind', 'Kind', '类型'),
    f('operator', 'Operator', '运营方'),
    f('year', 'Year', '年份', 'year'),
    f('cities', 'Cities along the route', '途经城市'),
    ...COMMON,
  ],
  network_nodes: [
    f('kind', 'Kind', '类型'),
    f('year', 'Year approved', '批复年份', 'year'),
    f('opened', 'Opened', '开通时间', 'YYYY-MM-DD'),
    ...COMMON,
    OUTSIDE,
  ],
  wind_farms: WIND_FIELDS,
  cities: [
    f('population', 'Population (GeoNames)', '人口(GeoNames)', 'people'),
    f('country_code', 'Country or area code (ISO 3166-1)', '国家或地区代码'),
    f(
      'feature_code',
      'GeoNames feature code (PPLA: provincial seat, PPLA2: prefecture seat…)',
      'GeoNames 地名类型代码',
    ),
    ...COMMON,
  ],
};
