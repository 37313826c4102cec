import { describe, expect, it } from 'vitest';
import type { SubjectVerdict } from '../../domain/constraints/constraintCheck';
import type { ConstraintEvaluation } from '../../domain/constraints/evaluateConstraints';
import { parseLayer } from '../../data';
import { fixtureAtlas } from '../../map/testing/fixtureAtlas';
import { passingToGeoJson } from './passingToGeoJson';

const verdict = (
  id: string,
  status: SubjectVerdict['status'],
  passes: boolean,
): SubjectVerdict => ({
  id,
  status,
  passes,
  checks: [],
});

const count = { passing: 0, total: 0 };
function evaluation(over: Partial<ConstraintEvaluation>): ConstraintEvaluation {
  return {
    regions: [],
    datacentres: [],
    hubs: [],
    counts: { regions: count, sites: count, datacentres: count, hubs: count },
    ...over,
  };
}

const [dcA, dcB] = fixtureAtlas.datacentres;
const [region] = fixtureAtlas.regions;

const input = (ev: ConstraintEvaluation) => ({
  atlas: fixtureAtlas,
  evaluation: ev,
  constraints: [{ kind: 'minCapacity', minCapacityMw: 50 } as const],
  dataset: { id: 'tiny', name: 'Tiny', asOf: '2026-01-01' },
  sources: { attribution: 'Atlas', licences: ['CC BY 4.0'], sources: ['NDRC'] },
  generatedAt: '2026-11-27T00:00:00.000Z',
});

describe('passingToGeoJson', () => {
  it('keeps exactly the subjects that pass, unknown-but-passing included, with layer and verdict', () => {
    if (!dcA || !dcB || !region) throw new Error('fixture');
    const out = passingToGeoJson(
      input(
        evaluation({
          regions: [verdict(region.id, 'unknown', true)],
          datacentres: [verdict(dcA.id, 'fail', false), verdict(dcB.id, 'pass', true)],
        }),
      ),
    );
    expect(out.features.map((f) => [f.properties?.layer, f.id, f.properties?.verdict])).toEqual([
      ['regions', region.id, 'unknown'],
      ['datacentres', dcB.id, 'pass'],
    ]);
    expect(out.metadata.counts).toEqual({ regions: 1, datacentres: 1, hubs: 0 });
  });

  it('names the dataset, constraints, sources and licences in a metadata member', () => {
    const out = passingToGeoJson(input(evaluation({})));
    expect(out.type).toBe('FeatureCollection');
    expect(out.features).toEqual([]);
    expect(out.metadata).toMatchObject({
      dataset: { id: 'tiny', name: 'Tiny', as_of: '2026-01-01' },
      constraints: [{ kind: 'minCapacity', minCapacityMw: 50 }],
      attribution: 'Atlas',
      licences: ['CC BY 4.0'],
      sources: ['NDRC'],
      generated_at: '2026-11-27T00:00:00.000Z',
    });
  });

  it('writes features the layer parser reads back as the same records', () => {
    if (!dcB) throw new Error('fixture');
    const out = passingToGeoJson(
      input(evaluation({ datacentres: [verdict(dcB.id, 'pass', true)] })),
    );
    const parsed = parseLayer('datacentres', { type: 'FeatureCollection', features: out.features });
    expect(parsed.records).toEqual([dcB]);
  });
});
