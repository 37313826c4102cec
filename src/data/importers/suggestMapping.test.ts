import { describe, expect, it } from 'vitest';
import { suggestLayer, suggestMapping } from './suggestMapping';

describe('suggestMapping', () => {
  it('maps exact English names', () => {
    expect(suggestMapping(['ID', 'Name', 'Operator', 'Capacity_MW', 'Status', 'lat', 'lon'])).toEqual({
      id: 'ID',
      name: 'Name',
      operator: 'Operator',
      capacity_mw: 'Capacity_MW',
      status: 'Status',
    });
  });

  it('maps Chinese names and names containing a keyword', () => {
    expect(suggestMapping(['名称', '中文名称', '装机容量', '运营商'])).toMatchObject({
      name: '名称',
      name_zh: '中文名称',
      capacity_mw: '装机容量',
      operator: '运营商',
    });
    expect(suggestMapping(['Plant Name', 'Installed capacity (MW)', 'Opening year'])).toEqual({
      name: 'Plant Name',
      capacity_mw: 'Installed capacity (MW)',
      year: 'Opening year',
    });
  });

  it('uses a column once and leaves unknown roles out', () => {
    const mapping = suggestMapping(['name']);
    expect(mapping).toEqual({ name: 'name' });
  });

  it('guesses the layer from the roles found', () => {
    expect(suggestLayer(suggestMapping(['name', 'fuel', 'mw']))).toBe('power_plants');
    expect(suggestLayer(suggestMapping(['name', 'voltage']))).toBe('power_lines');
    expect(suggestLayer(suggestMapping(['name', 'operator']))).toBe('datacentres');
  });
});
