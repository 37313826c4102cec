import { describe, expect, it } from 'vitest';
import { legendSections } from './legendSections';

describe('legendSections', () => {
  it('lists visible, loaded layers top layer first, titled in the language', () => {
    const sections = legendSections(
      ['regions', 'power_plants', 'datacentres', 'hubs'],
      (id) => id !== 'hubs',
      'en',
      'light',
    );
    expect(sections.map((s) => s.layerId)).toEqual(['datacentres', 'power_plants', 'regions']);
    expect(sections[0]?.title).toBe('Data centres');
    expect(sections[1]?.entries.length).toBeGreaterThan(0);
  });

  it('titles sections in Chinese when the page is in Chinese', () => {
    const [section] = legendSections(['power_plants'], () => true, 'zh', 'dark');
    expect(section?.title).toBe('电厂');
  });
});
