// fast-check arbitrary for site-finder settings: any preset, weights and thresholds often out of
// range, penalties on any criterion, any resolution number; the codec's normaliser repairs them.
import fc from 'fast-check';
import { CRITERIA, CRITERION_IDS, type CriterionId } from '../../../domain/sites/criteria';
import { SITE_PRESET_IDS } from '../../../domain/sites/sitePresets';
import type { SiteSettings } from '../../../domain/sites/siteSettings';

const MASKABLE = CRITERIA.filter((c) => c.mask).map((c) => c.id);

export function siteSettingsArbitrary(anyNumber: fc.Arbitrary<number>): fc.Arbitrary<SiteSettings> {
  const weight = fc.oneof(fc.double({ noNaN: true, min: 0, max: 1 }), anyNumber);
  return fc.record(
    {
      preset: fc.constantFrom(...SITE_PRESET_IDS),
      weights: fc.record(
        Object.fromEntries(CRITERION_IDS.map((id) => [id, weight])) as Record<
          CriterionId,
          fc.Arbitrary<number>
        >,
      ),
      penalties: fc.uniqueArray(fc.constantFrom(...CRITERION_IDS), { maxLength: 3 }),
      masks: fc.uniqueArray(fc.record({ id: fc.constantFrom(...MASKABLE), threshold: anyNumber }), {
        selector: (m) => m.id,
        maxLength: 4,
      }),
      resolution: fc.constantFrom(5, 6),
      percentile: fc.oneof(fc.integer({ min: 50, max: 99 }), anyNumber),
      generationRadiusKm: fc.oneof(fc.integer({ min: 25, max: 300 }), anyNumber),
      robustOnly: fc.boolean(),
      selectedCell: fc.constantFrom('85309a2bfffffff', '8540d8a3fffffff'),
      area: fc.constantFrom('CN-GZ', 'CN-NM', 'x'),
    },
    {
      requiredKeys: [
        'preset',
        'weights',
        'penalties',
        'masks',
        'resolution',
        'percentile',
        'generationRadiusKm',
        'robustOnly',
      ],
    },
  );
}
