// The map tools of a scenario: place a data centre or a power plant, draw a UHV line or a fibre
// link by its two ends, with the values the new feature gets; Escape stops the tool.
import { useEffect } from 'react';
import { FUELS } from '../../domain/atlas';
import { useAppStore } from '../../state/AppStoreContext';
import {
  DEFAULT_PROPOSAL,
  type EditTool,
  type EditToolKind,
  type ProposalValues,
} from '../../state/scenarios/editTool';
import { enumLabel } from '../enumLabels';
import type { ScenarioMessageKey } from './scenarioMessages';
import { useScenarioT } from './useScenarioT';

const TOOLS: readonly { kind: Exclude<EditToolKind, 'move'>; label: ScenarioMessageKey }[] = [
  { kind: 'dataCentre', label: 'toolDataCentre' },
  { kind: 'powerPlant', label: 'toolPowerPlant' },
  { kind: 'powerLine', label: 'toolPowerLine' },
  { kind: 'fibreLink', label: 'toolFibreLink' },
];

/** Which values each tool asks for. */
const FIELDS: Readonly<Record<Exclude<EditToolKind, 'move'>, readonly (keyof ProposalValues)[]>> = {
  dataCentre: ['capacityMw', 'designPue', 'racks', 'year'],
  powerPlant: ['fuel', 'capacityMw', 'year'],
  powerLine: ['current', 'voltageKv', 'capacityGw', 'year'],
  fibreLink: ['year'],
};

function hintOf(tool: EditTool): ScenarioMessageKey {
  if (tool.kind === 'move') return 'hintMove';
  if (tool.kind === 'powerLine' || tool.kind === 'fibreLink')
    return tool.firstEnd ? 'hintSecondEnd' : 'hintFirstEnd';
  return 'hintPlace';
}

export function EditTools() {
  const t = useScenarioT();
  const lang = useAppStore((state) => state.lang);
  const tool = useAppStore((state) => state.editTool);
  const setTool = useAppStore((state) => state.setEditTool);
  useEffect(() => {
    if (!tool) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setTool(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tool, setTool]);
  const values = tool && tool.kind !== 'move' ? tool.values : DEFAULT_PROPOSAL;
  const setValue = (key: keyof ProposalValues, value: string) => {
    if (!tool || tool.kind === 'move') return;
    const parsed = key === 'fuel' || key === 'current' ? value : Number(value);
    if (typeof parsed === 'number' && !Number.isFinite(parsed)) return;
    setTool({ ...tool, values: { ...tool.values, [key]: parsed } } as EditTool);
  };
  return (
    <section className="scenario-tools" aria-label={t('tools')}>
      <h3>{t('tools')}</h3>
      <div className="scenario-tool-buttons">
        {TOOLS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            aria-pressed={tool?.kind === kind}
            onClick={() => setTool(tool?.kind === kind ? null : { kind, values })}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {tool && (
        <div className="scenario-tool-form">
          <p className="hint" role="status">
            {t(hintOf(tool))}
          </p>
          {tool.kind !== 'move' &&
            FIELDS[tool.kind].map((key) => (
              <label key={key}>
                {t(key)}
                {key === 'fuel' ? (
                  <select value={values.fuel} onChange={(e) => setValue(key, e.target.value)}>
                    {FUELS.map((fuel) => (
                      <option key={fuel} value={fuel}>
                        {enumLabel('fuel', fuel, lang)}
                      </option>
                    ))}
                  </select>
                ) : key === 'current' ? (
                  <select value={values.current} onChange={(e) => setValue(key, e.target.value)}>
                    <option value="DC">DC</option>
                    <option value="AC">AC</option>
                  </select>
                ) : (
                  <input
                    type="number"
                    min={key === 'designPue' ? 1 : 0}
                    step={key === 'designPue' ? 0.01 : 1}
                    value={values[key] ?? ''}
                    onChange={(e) => setValue(key, e.target.value)}
                  />
                )}
              </label>
            ))}
          <button type="button" onClick={() => setTool(null)}>
            {t('stopTool')}
          </button>
        </div>
      )}
    </section>
  );
}
