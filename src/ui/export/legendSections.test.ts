import { describe, expect, it } from 'vitest';
import { legendSections, scoreSection } from './legendSections';

describe('legendSections', () => {
  it('lists visible, loaded layers top layer first, titled in the language', () => {
    const sections = legendSections(
      ['regions', 'power_plants', 'datacentres', 'hubs'],
      (id) => id !== 'hubs',
      'en',
      'light',
    );
    expect(sections.map((s) => s.key)).toEqual(['datacentres', 'power_plants', 'regions']);
    expect(sections[0]?.title).toBe('Data centres');
    expect(sections[1]?.entries.length).toBeGreaterThan(0);
  });

  it('titles sections in Chinese when the page is in Chinese', () => {
    const [section] = legendSections(['power_plants'], () => true, 'zh', 'dark');
    expect(section?.title).toBe('电厂');
  });
});

describe('scoreSection', () => {
  it('lists the classes of D with their ranges and a no-data row', () => {
    const section = scoreSection(
      {
        kind: 'classes',
        title: 'Coordination degree D',
        rows: [{ key: 'class_9', colour: '#313695', label: 'High-quality', range: '0.9–1.0' }],
      },
      'en',
    );
    expect(section.title).toBe('Coordination degree D');
    expect(section.entries.map((e) => e.label)).toEqual(['High-quality 0.9–1.0', 'no data']);
    expect(section.entries[0]?.swatch.fill).toEqual([0x31, 0x36, 0x95, 255]);
  });

  it('labels the ends of a ramp with the lowest and highest values shown', () => {
    const section = scoreSection(
      { kind: 'ramp', title: 'U power', gradient: '', minLabel: '0.12', maxLabel: '0.97' },
      'en',
    );
    const labels = section.entries.map((e) => e.label);
    expect(labels[0]).toContain('(0.12)');
    expect(labels[labels.length - 2]).toContain('(0.97)');
    expect(labels[labels.length - 1]).toBe('no data');
  });
});
