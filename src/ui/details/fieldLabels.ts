// Label and unit of every record field the detail panel shows; a new field is a new row.
import type { Bilingual } from '../../domain/lang';

export interface FieldLabel {
  readonly label: Bilingual;
  readonly unit?: string;
}

export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  id: { label: { en: 'Id', zh: '编号' } },
  type: { label: { en: 'Type', zh: '类型' } },
  role: { label: { en: 'Role', zh: '定位' } },
  kind: { label: { en: 'Kind', zh: '类别' } },
  status: { label: { en: 'Status', zh: '状态' } },
  operator: { label: { en: 'Operator', zh: '运营方' } },
  fuel: { label: { en: 'Fuel', zh: '燃料/能源' } },
  current: { label: { en: 'Current', zh: '交直流' } },
  voltageKv: { label: { en: 'Voltage', zh: '电压' }, unit: 'kV' },
  capacityMw: { label: { en: 'Capacity', zh: '容量' }, unit: 'MW' },
  capacityGw: { label: { en: 'Capacity', zh: '输送容量' }, unit: 'GW' },
  capacityTbps: { label: { en: 'Capacity', zh: '带宽' }, unit: 'Tbps' },
  lengthKm: { label: { en: 'Length', zh: '长度' }, unit: 'km' },
  racks: { label: { en: 'Racks', zh: '机架数' } },
  servers: { label: { en: 'Servers', zh: '服务器数' } },
  designPue: { label: { en: 'Design PUE', zh: '设计PUE' } },
  hubClusterId: { label: { en: 'National cluster', zh: '所属国家集群' } },
  yearOpened: { label: { en: 'Opened', zh: '投运年份' } },
  year: { label: { en: 'Year', zh: '年份' } },
  parentHubId: { label: { en: 'Parent hub', zh: '所属枢纽' } },
  regionIds: { label: { en: 'Provinces', zh: '覆盖省份' } },
  regionId: { label: { en: 'Province', zh: '所在省份' } },
  endRegionIds: { label: { en: 'End provinces', zh: '起止省份' } },
  pueTargetMax: { label: { en: 'PUE target (max)', zh: 'PUE目标上限' } },
  rackUtilisationTargetMinPct: {
    label: { en: 'Rack utilisation target', zh: '上架率目标' },
    unit: '%',
  },
  latencyTargetMs: { label: { en: 'Latency target', zh: '时延目标' }, unit: 'ms' },
  approved: { label: { en: 'Approved', zh: '批复时间' } },
  gbCode: { label: { en: 'GB/T 2260 code', zh: '行政区划代码' } },
  verified: { label: { en: 'Checked', zh: '核实情况' } },
  approx: { label: { en: 'Approximate', zh: '近似/示意' } },
  outsideRegionKm: { label: { en: 'Outside its province by', zh: '偏出所在省份' }, unit: 'km' },
  notes: { label: { en: 'Notes', zh: '说明' } },
};

/** Fields never listed as attributes: geometry, names (the title) and source (shown apart). */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'nameZh',
  'source',
  'geometry',
  'position',
  'labelPosition',
  'stats',
]);
