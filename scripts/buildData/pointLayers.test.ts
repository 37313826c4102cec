import { describe, expect, it } from 'vitest';
import { buildHubs } from './hubs';
import { buildNetworkNodes } from './networkNodes';
import { buildPowerPlants } from './powerPlants';

const plant = {
  id: 'BASE-001',
  name_en: 'Kubuqi desert base',
  name_zh: '库布其',
  fuel: 'mixed_base',
  capacity_mw: '',
  province_code: 'CN-NM',
  lon: '108.5',
  lat: '40.2',
  coord_approx: 'yes',
  status: 'under_construction',
  year: '',
  source: 'a page',
  verified: 'recalled',
  notes: 'plan figures only',
};

const hub = {
  id: 'HUB-YRD',
  type: 'hub',
  parent_hub_id: '',
  name_en: 'YRD hub',
  name_zh: '长三角枢纽',
  role: 'east_demand_hub',
  province_codes: 'CN-SH;CN-JS',
  seat_or_starting_zone: 'representative point: Shanghai',
  lon: '121.47',
  lat: '31.23',
  coord_approx: 'yes',
  pue_target_max: '1.25',
  rack_utilization_target_min_pct: '65',
  latency_target_ms: '',
  approved: '2022-02',
  source: 'a letter',
  notes: '',
};

describe('point layers', () => {
  it('turns a mixed base into fuel "other", keeps the source fuel in the notes and leaves capacity absent', () => {
    const [feature] = buildPowerPlants([plant]);
    expect(feature?.properties.fuel).toBe('other');
    expect(feature?.properties.notes).toBe('source fuel: mixed_base; plan figures only');
    expect(feature?.properties).not.toHaveProperty('capacity_mw');
    expect(buildPowerPlants([{ ...plant, fuel: 'wind' }])[0]?.properties.fuel).toBe('wind');
  });

  it('gives a hub its roles and targets, and a region_id only when it names one province', () => {
    const [multi] = buildHubs([hub]);
    expect(multi?.properties.role).toBe('east_demand');
    expect(multi?.properties.rack_utilisation_target_min_pct).toBe(65);
    expect(multi?.properties.region_ids).toEqual(['CN-SH', 'CN-JS']);
    expect(multi?.properties).not.toHaveProperty('region_id');
    expect(multi?.properties).not.toHaveProperty('latency_target_ms');
    const [single] = buildHubs([{ ...hub, province_codes: 'CN-SH' }]);
    expect(single?.properties.region_id).toBe('CN-SH');
  });

  it('calls the 2024 gateways international_gateway', () => {
    const node = {
      id: 'BB17',
      city_en: 'Qingdao',
      city_zh: '青岛',
      province_code: 'CN-SD',
      lon: '120.38',
      lat: '36.07',
      coord_approx: 'yes',
      type: 'international_gateway_exchange_new_2024',
      batch: '2024',
      order_no: '',
      year_approved: '2024',
      source: 'a page',
      notes: '',
    };
    const [feature] = buildNetworkNodes([node]);
    expect(feature?.properties.kind).toBe('international_gateway');
    expect(feature?.properties.year).toBe(2024);
    expect(feature?.properties).not.toHaveProperty('opened');
    const [opened] = buildNetworkNodes([{ ...node, opened: '2023-12-16' }]);
    expect(opened?.properties.opened).toBe('2023-12-16');
  });
});
