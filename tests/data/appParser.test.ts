// The committed dataset through the app's own parsers (src/data): the manifest is accepted and every
// layer the app knows is read without dropping a feature. Warnings (e.g. a value the app does not
// know yet) are allowed and printed; this test must not depend on how they are resolved.
import { describe, expect, it } from 'vitest';
import { isLayerId } from '../../src/domain/layerFamilies';
import { parseLayer } from '../../src/data/parseLayer';
import { parseManifest } from '../../src/data/parseManifest';
import { layer, manifest } from './committedData';

describe('the committed dataset in the app’s parsers', () => {
  it('gives a manifest the app accepts, with no problem beyond the layers it does not know yet', () => {
    const result = parseManifest(manifest, 'data/manifest.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const other = result.issues.filter((i) => !i.message.includes('wind_farms'));
    expect(other).toEqual([]);
    expect(result.rejectedLayers).toEqual([]);
  });

  it.each(manifest.layers.map((l) => l.id))('reads every feature of %s', (id) => {
    // parsed by the app once the wind_farms family exists
    if (!isLayerId(id)) return;
    const { records, issues } = parseLayer(id, { type: 'FeatureCollection', features: layer(id) });
    const warnings = issues.filter((i) => i.severity === 'warning');
    if (warnings.length > 0) console.log(`${id}: ${warnings.length} warnings, e.g. ${warnings[0]?.message}`);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records).toHaveLength(layer(id).length);
  });
});
