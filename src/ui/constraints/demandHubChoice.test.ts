import { describe, expect, it } from 'vitest';
import type { Hub } from '../../domain/atlas';
import { testAtlas } from '../../domain/testing/constraintAtlas';
import { DEFAULT_LATENCY_SETTINGS } from '../../domain/network/latencySettings';
import { demandHubIds, toggleDemandHub } from './demandHubChoice';

const north: Hub = { ...testAtlas.hubs[0]!, id: 'HN', role: 'west_supply' };
const hubs: readonly Hub[] = [...testAtlas.hubs, north];

describe('toggleDemandHub', () => {
  it('starts from the default eastern hubs and names the hubs once the choice departs', () => {
    expect([...demandHubIds(hubs, DEFAULT_LATENCY_SETTINGS)]).toEqual(['HE']);
    const more = toggleDemandHub(DEFAULT_LATENCY_SETTINGS, hubs, 'HN', true);
    expect(more.demandHubIds).toEqual(['HE', 'HN']);
    expect(more.routeFactor).toBe(DEFAULT_LATENCY_SETTINGS.routeFactor);
  });

  it('returns to the default form when the choice equals the default again', () => {
    const more = toggleDemandHub(DEFAULT_LATENCY_SETTINGS, hubs, 'HN', true);
    const back = toggleDemandHub(more, hubs, 'HN', false);
    expect(back).not.toHaveProperty('demandHubIds');
  });

  it('keeps an empty choice as an explicit empty list', () => {
    const none = toggleDemandHub(DEFAULT_LATENCY_SETTINGS, hubs, 'HE', false);
    expect(none.demandHubIds).toEqual([]);
  });
});
