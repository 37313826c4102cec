// Keeps the link's `sc` field and the active scenario in step, asynchronously (compression is a
// stream): the active scenario is encoded into the store's scenarioCode (none when it is too long:
// the panel offers the file); a code that arrives from the URL is decoded once the dataset is
// there, checked like a file, and becomes the active scenario.
import { decodeScenarioLink, encodeScenarioLink } from '../data/scenario/scenarioLink';
import { readScenarioFile } from '../data/scenario/readScenarioFile';
import type { AppState, AppStore } from '../state/createAppStore';
import { mergeAddedLayers } from '../state/addedLayers';
import { activeScenarioOf } from '../state/scenarios/scenarioSlice';
import { newScenarioId } from '../state/scenarios/scenarioNames';
import { linkUnreadableNotice, reportNotices } from './scenarioNotices';

export interface ScenarioLinkCodec {
  readonly encode: typeof encodeScenarioLink;
  readonly decode: typeof decodeScenarioLink;
}

const DEFAULT_CODEC: ScenarioLinkCodec = { encode: encodeScenarioLink, decode: decodeScenarioLink };

/** Starts; returns the stop function. `settled()` resolves when no encode or decode is pending. */
export function connectScenarioLink(store: AppStore, codec: ScenarioLinkCodec = DEFAULT_CODEC) {
  /** The code that stands for the active scenario as this adapter last saw or wrote it. */
  let known: string | undefined;
  let waiting: string | undefined = store.getState().scenarioCode;
  let ticket = 0;
  let pending = Promise.resolve();

  const decode = async (code: string) => {
    const state = store.getState();
    const base = state.baseDataset;
    if (!base) return;
    waiting = undefined;
    known = code;
    const decoded = await codec.decode(code);
    const now = store.getState();
    if (!decoded.ok) return now.addNotices([linkUnreadableNotice()]);
    const atlas = mergeAddedLayers(base, now.addedLayers).atlas;
    const { scenario, report } = readScenarioFile(decoded.json, {
      datasetId: base.manifest.id,
      atlas,
    });
    now.addNotices(reportNotices(report, 'link'));
    if (!scenario) return;
    const same = now.scenarios.find((s) => s.id === scenario.id);
    const clash =
      same && JSON.stringify(same.modifications) !== JSON.stringify(scenario.modifications);
    const incoming = clash ? { ...scenario, id: newScenarioId(now.scenarios) } : scenario;
    now.putScenarios([incoming], true);
  };

  const encode = async (state: AppState) => {
    const mine = ++ticket;
    const active = activeScenarioOf(state);
    const result = active ? await codec.encode(active) : undefined;
    if (mine !== ticket) return;
    known = result?.ok ? result.text : undefined;
    store.getState().setScenarioTooLongForLink(result !== undefined && !result.ok);
    store.getState().setScenarioCode(known);
  };

  const run = (job: () => Promise<void>) => {
    pending = pending.then(job, job);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenarioCode !== previous.scenarioCode && state.scenarioCode !== known) {
      // The URL changed (a link opened, back/forward): it decides the active scenario.
      ticket++;
      if (state.scenarioCode === undefined) {
        known = undefined;
        if (state.activeScenarioId !== null) state.selectScenario(null);
        return;
      }
      waiting = state.scenarioCode;
      if (state.baseDataset) run(() => decode(waiting!));
      return;
    }
    if (waiting !== undefined && state.baseDataset && !previous.baseDataset) {
      const code = waiting;
      run(() => decode(code));
    }
    if (activeScenarioOf(state) !== activeScenarioOf(previous)) run(() => encode(store.getState()));
  });
  if (waiting !== undefined && store.getState().baseDataset) run(() => decode(waiting!));

  return {
    stop: unsubscribe,
    settled: () => pending,
  };
}
