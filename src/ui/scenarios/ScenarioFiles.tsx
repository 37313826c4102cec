// Keep and share a scenario: export the active one as a versioned JSON file, import one (checked
// and explained; nothing loaded is lost), and say whether the share link carries it.
import { useRef, useState } from 'react';
import { readScenarioFile } from '../../data/scenario/readScenarioFile';
import { toScenarioFile } from '../../data/scenario/scenarioFile';
import { parseJsonText } from '../../data/validate/parseJsonText';
import { describeReport } from '../../data/validate/report';
import { mergeAddedLayers } from '../../state/addedLayers';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { newScenarioId } from '../../state/scenarios/scenarioNames';
import { activeScenarioOf } from '../../state/scenarios/scenarioSlice';
import { downloadBlob, exportFileName } from '../export/downloadBlob';
import { useScenarioT } from './useScenarioT';

interface ImportOutcome {
  readonly title: string;
  readonly lines: readonly string[];
}

export function ScenarioFiles() {
  const t = useScenarioT();
  const lang = useAppStore((state) => state.lang);
  const active = useAppStore(activeScenarioOf);
  const tooLong = useAppStore((state) => state.scenarioTooLongForLink);
  const inLink = useAppStore((state) => state.scenarioCode !== undefined);
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const exportActive = () => {
    if (!active) return;
    const text = JSON.stringify(toScenarioFile(active), null, 2);
    const name = exportFileName(`scenario-${active.name}`, active.datasetId, new Date(), 'json');
    downloadBlob(name, new Blob([text], { type: 'application/json' }));
  };

  const store = useAppStoreApi();
  const importFile = async (file: File) => {
    const state = store.getState();
    const base = state.baseDataset;
    if (!base) return;
    const parsed = parseJsonText(await file.text());
    if (!parsed.ok) {
      setOutcome({ title: t('importFailed'), lines: [file.name] });
      return;
    }
    const atlas = mergeAddedLayers(base, state.addedLayers).atlas;
    const { scenario, report } = readScenarioFile(parsed.value, {
      datasetId: base.manifest.id,
      atlas,
    });
    const lines = describeReport(report, lang);
    if (!scenario) return setOutcome({ title: t('importFailed'), lines });
    const taken = state.scenarios.some((s) => s.id === scenario.id);
    const incoming = taken ? { ...scenario, id: newScenarioId(state.scenarios) } : scenario;
    state.putScenarios([incoming], true);
    setOutcome({ title: t('importedReport', { name: incoming.name }), lines });
  };

  return (
    <section className="scenario-files">
      <div className="scenario-buttons">
        <button type="button" onClick={exportActive} disabled={!active}>
          {t('exportFile')}
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          {t('importFile')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="scenario-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {active && tooLong && <p className="flag flag-warning">{t('tooLongForLink')}</p>}
      {active && inLink && <p className="hint">{t('inLink')}</p>}
      {outcome && (
        <div role="status" className="scenario-import-report" data-testid="scenario-import-report">
          <strong>{outcome.title}</strong>
          <ul>
            {outcome.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
