// Display descriptions of the wind_farms properties (GEM Global Wind Power Tracker), written to
// manifest.fields.wind_farms.
import { f, OUTSIDE, type FieldRow } from './fieldRow';

export const WIND_FIELDS: readonly FieldRow[] = [
  f('source', 'GEM wiki page', '来源(GEM 维基页面)'),
  f('approx', 'Approximate location (town or county seat)', '位置为近似(乡镇或县城)'),
  f('region_id', 'Province (ISO 3166-2)', '所在省级行政区'),
  f('status', 'Status (GEM)', '状态(GEM)'),
  f('status_inferred', 'Status inferred by GEM (no news for 2 or 4 years)', '状态为 GEM 推断'),
  f('capacity_mw', 'Capacity of the phase', '本期装机容量', 'MW'),
  f('installation', 'Onshore or offshore', '陆上/海上'),
  f('offshore_mount', 'Offshore mount', '海上基础形式'),
  f('start_year', 'Start year', '投运年份', 'year'),
  f('retire_year', 'Retired year', '退役年份', 'year'),
  f('year_precision', 'Start year known to the year', '起始年份精度'),
  f('owner', 'Owner', '业主'),
  f('owner_zh', 'Owner (Chinese)', '业主(中文)'),
  f('operator', 'Operator', '运营方'),
  f('gem_location_id', 'GEM location (project) id', 'GEM 项目编号'),
  f('hydrogen', 'Dedicated to green hydrogen', '绿氢专用'),
  f('below_threshold', 'Below GEM’s 10 MW threshold', '低于 GEM 10 MW 收录门槛'),
  f('qa_flagged', 'Name, province and point disagree in GEM', 'GEM 名称、省份与坐标不一致'),
  f('qa_note', 'Data check note', '数据核查说明'),
  OUTSIDE,
  f(
    'region_reassigned_from',
    'GEM’s province, replaced because the point lies over 30 km outside it',
    'GEM 原省份(坐标在其外 30 公里以上,已改为所在省份)',
  ),
  f(
    'offshore_km',
    'Distance from the outline of the province it is assigned to',
    '距所属沿海省份边界的距离',
    'km',
  ),
];
