import { describe, expect, it } from 'vitest';
import { describeField } from '../data';
import type { PowerPlant } from '../domain/atlas';
import { tooltipContent } from './tooltipContent';

const plant: PowerPlant = Object.freeze<PowerPlant>({
  id: 'HYD-001',
  name: 'Three Gorges Dam',
  nameZh: '长江三峡水电站',
  source: 'GEM',
  approx: true,
  position: [111, 30.8],
  fuel: 'hydro',
  capacityMw: 22500,
  status: 'operating',
});
const describe_ = (key: string) => describeField(undefined, 'power_plants', key);

describe('tooltipContent', () => {
  it('names the feature in the language and its layer', () => {
    const text = tooltipContent('power_plants', plant, 'zh', describe_);
    expect(text.title).toBe('长江三峡水电站');
    expect(text.lines[0]).toBe('电厂');
  });

  it('shows key attributes with enumerated values by name and units', () => {
    const text = tooltipContent('power_plants', plant, 'en', describe_);
    expect(text.lines).toContain('Fuel: Hydro');
    expect(text.lines).toContain('Capacity: 22,500 MW');
    expect(text.lines).toContain('Status: Operating');
  });

  it('says when the position is approximate and skips absent values', () => {
    const { capacityMw, ...withoutCapacity } = plant;
    expect(capacityMw).toBe(22500);
    const text = tooltipContent('power_plants', withoutCapacity, 'en', describe_);
    expect(text.lines.some((line) => line.startsWith('Capacity'))).toBe(false);
    expect(text.lines.at(-1)).toBe('Approximate position or schematic route');
  });
});
