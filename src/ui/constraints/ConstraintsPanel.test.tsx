import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../domain/constraints/constraint';
import { POLICY_PRESETS } from '../../domain/constraints/policyPresets';
import { AppStoreProvider } from '../../state/AppStoreContext';
import type { AppStore } from '../../state/createAppStore';
import { ConstraintsPanel } from './ConstraintsPanel';
import { testStore } from '../testing/constraintStore';

const render = (store: AppStore) =>
  renderToStaticMarkup(
    <AppStoreProvider store={store}>
      <ConstraintsPanel />
    </AppStoreProvider>,
  );

/** Inputs and selects that have no accessible name: no aria-label, no label for, not in a label. */
function unlabelledControls(html: string): string[] {
  const forIds = new Set([...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]));
  const missing: string[] = [];
  let depth = 0;
  for (const [tag, close, name, attributes = ''] of html.matchAll(
    /<(\/?)(label|input|select)\b([^>]*)>/g,
  )) {
    if (name === 'label') depth += close ? -1 : 1;
    if (name === 'label' || close) continue;
    const id = /\bid="([^"]+)"/.exec(attributes)?.[1];
    const named = attributes.includes('aria-label') || (id && forIds.has(id)) || depth > 0;
    if (!named) missing.push(tag);
  }
  return missing;
}

const green: Constraint = { kind: 'minNonFossilShare', minShare: 0.4 };

describe('ConstraintsPanel', () => {
  it('says it is computing until the first analysis arrives', () => {
    expect(render(testStore([green], { computed: false }))).toContain('Computing…');
  });

  it('counts the regions and sites that pass, live', () => {
    const html = render(testStore([green]));
    expect(html).toMatch(/role="status"[^>]*aria-live="polite"/);
    expect(html).toContain('1 of 2 regions');
  });

  it('shows a slider, a number input and a histogram for an enabled threshold', () => {
    const html = render(testStore([green]));
    expect(html).toMatch(/data-kind="minNonFossilShare" class="on"/);
    expect(html).toMatch(/type="range"[^>]*value="40"/);
    expect(html).toContain('class="constraint-histogram"');
    expect(html).toContain('Distribution over 2 regions');
  });

  it('marks the preset whose constraints are set as pressed', () => {
    const html = render(testStore(POLICY_PRESETS.greenPower80Pct.constraints));
    expect(html).toMatch(/aria-pressed="true"[^>]*data-preset="greenPower80Pct"/);
    expect(html).toMatch(/aria-pressed="false"[^>]*data-preset="hubLatency20Ms"/);
  });

  it('gives every control a label, with every kind of editor open', () => {
    const all = render(testStore(POLICY_PRESETS.allHubPolicies.constraints));
    expect(unlabelledControls(all)).toEqual([]);
    const sets: Constraint[] = [
      { kind: 'statusIn', statuses: ['operating'] },
      { kind: 'operatorIn', operators: ['China Telecom'] },
      { kind: 'maxDistanceToPowerLine', maxDistanceKm: 50, minVoltageKv: 800, current: 'any' },
      { kind: 'insideHubCluster', role: 'any' },
    ];
    expect(unlabelledControls(render(testStore(sets)))).toEqual([]);
  });
});
