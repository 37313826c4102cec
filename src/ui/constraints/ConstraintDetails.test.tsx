import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../domain/constraints/constraint';
import type { LayerId } from '../../domain/layerFamilies';
import { AppStoreProvider } from '../../state/AppStoreContext';
import type { AppStore } from '../../state/createAppStore';
import { ConstraintDetails } from './ConstraintDetails';
import { testStore } from '../testing/constraintStore';

const render = (store: AppStore, layerId: LayerId, id: string) =>
  renderToStaticMarkup(
    <AppStoreProvider store={store}>
      <ConstraintDetails layerId={layerId} id={id} />
    </AppStoreProvider>,
  );

const constraints: Constraint[] = [
  { kind: 'minNonFossilShare', minShare: 0.4 },
  { kind: 'maxElectricityPrice', maxPriceCnyPerKwh: 0.5 },
];

describe('ConstraintDetails', () => {
  it('says which constraint a region fails, by how much and what was measured', () => {
    const html = render(testStore(constraints), 'regions', 'R2');
    expect(html).toContain('Fails 1 of 2 constraints');
    expect(html).toContain(
      'fails Green-power share (measured, else the policy minimum) ≥ 0.4 by 0.1',
    );
    expect(html).toContain('(measured 0.3)');
  });

  it('explains an unknown check instead of hiding it', () => {
    const html = render(testStore(constraints), 'regions', 'R2');
    expect(html).toContain('unknown for Industrial electricity price');
    expect(html).toContain('No data for this value.');
  });

  it('gives the latency over fibre, and unreachable without a number', () => {
    expect(render(testStore(constraints), 'regions', 'R1')).toContain('0.4 ms one way');
    const unreachable = render(testStore(constraints), 'regions', 'R2');
    expect(unreachable).toContain('Unreachable over the fibre graph');
    expect(unreachable).not.toMatch(/\b0 ms/);
  });

  it('shows nothing for layers that are not judged', () => {
    expect(render(testStore(constraints), 'power_plants', 'P1')).toBe('');
  });
});
