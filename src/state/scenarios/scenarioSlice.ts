// The scenario part of the store: the user's scenarios (saved in the browser by app/
// connectScenarioStorage), the active one (shown everywhere; null = the baseline), its redo list,
// the compared ones, the map's edit tool and ΔD map, and the worker's comparison. Every change of
// the active scenario recomputes the displayed dataset.
import type { LonLat } from '../../domain/atlas';
import { MAX_COMPARED_SCENARIOS, type ScenarioComparison } from '../../domain/scenario/comparison';
import type { Modification, Scenario } from '../../domain/scenario/modification';
import { mergeAddedLayers } from '../addedLayers';
import type { AppState } from '../createAppStore';
import { clickModification } from './clickModification';
import { displayedDataset } from './displayedDataset';
import { DEFAULT_PROPOSAL, type EditTool, type ProposalValues } from './editTool';
import { newScenarioId, scenarioName } from './scenarioNames';

export interface ScenarioState {
  readonly scenarios: readonly Scenario[];
  readonly activeScenarioId: string | null;
  /** Modifications undone in the active scenario, last undone first. */
  readonly redoStack: readonly Modification[];
  /** At most MAX_COMPARED_SCENARIOS ids of `scenarios`. */
  readonly comparedScenarioIds: readonly string[];
  /** The scenario whose ΔD the map shows instead of the usual choropleth. */
  readonly deltaMapScenarioId: string | null;
  readonly editTool: EditTool | null;
  /** The worker's comparison of the baseline and the compared scenarios (null: none compared). */
  readonly comparison: ScenarioComparison | null;
  /** True when the active scenario is too large for a link (the file must be shared). */
  readonly scenarioTooLongForLink: boolean;
}

export interface ScenarioActions {
  /** A new empty scenario, made active; returns its id. */
  createScenario(name?: string): string;
  /** Shows a scenario, or the baseline (null). */
  selectScenario(id: string | null): void;
  renameScenario(id: string, name: string): void;
  deleteScenario(id: string): void;
  /** Appends to the active scenario (a new one if none is active). */
  addModification(modification: Modification): void;
  removeModification(index: number): void;
  undoModification(): void;
  redoModification(): void;
  toggleComparedScenario(id: string): void;
  showDeltaMap(id: string | null): void;
  setEditTool(tool: EditTool | null): void;
  /** A click on the map with the edit tool (see clickModification). */
  editAt(position: LonLat): void;
  /** Adds (or replaces, same id) scenarios, e.g. loaded from the browser or a file; `activate`
   * shows the first. */
  putScenarios(scenarios: readonly Scenario[], activate?: boolean): void;
  setScenarioTooLongForLink(tooLong: boolean): void;
  setComparison(comparison: ScenarioComparison | null): void;
  /** "Build here": a proposed data centre at `position` in the active scenario, or in a new one. */
  startScenarioWithSite(position: LonLat, values?: Partial<ProposalValues>): void;
}

export const EMPTY_SCENARIO_STATE: ScenarioState = {
  scenarios: [],
  activeScenarioId: null,
  redoStack: [],
  comparedScenarioIds: [],
  deltaMapScenarioId: null,
  editTool: null,
  comparison: null,
  scenarioTooLongForLink: false,
};

type Set = (patch: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;
type Get = () => AppState;

export const activeScenarioOf = (state: Pick<AppState, 'scenarios' | 'activeScenarioId'>) =>
  state.scenarios.find((s) => s.id === state.activeScenarioId);

/** The dataset to show for a state with the given scenarios and active id. */
export function datasetFor(state: AppState, patch: Partial<ScenarioState>): Partial<AppState> {
  const next = { ...state, ...patch };
  const base = next.baseDataset;
  if (!base) return patch;
  const merged = mergeAddedLayers(base, next.addedLayers);
  return { ...patch, dataset: displayedDataset(merged, activeScenarioOf(next)) };
}

const withModifications = (
  scenarios: readonly Scenario[],
  id: string,
  mods: readonly Modification[],
) => scenarios.map((s) => (s.id === id ? { ...s, modifications: mods } : s));

export function scenarioSlice(set: Set, get: Get): ScenarioState & ScenarioActions {
  const update = (patch: (state: AppState) => Partial<ScenarioState>) =>
    set((state) => datasetFor(state, patch(state)));
  const create = (name?: string): Scenario => {
    const state = get();
    const id = newScenarioId(state.scenarios);
    return {
      id,
      name: name ?? scenarioName(state.scenarios, state.lang),
      datasetId: state.baseDataset?.manifest.id ?? '',
      modifications: [],
    };
  };
  const ensureActive = (): Scenario => {
    const active = activeScenarioOf(get());
    if (active) return active;
    const scenario = create();
    update((state) => ({
      scenarios: [...state.scenarios, scenario],
      activeScenarioId: scenario.id,
      redoStack: [],
    }));
    return scenario;
  };
  const setMods = (
    mods: (current: readonly Modification[]) => readonly Modification[],
    redo?: readonly Modification[],
  ) => {
    const active = ensureActive();
    update((state) => ({
      scenarios: withModifications(state.scenarios, active.id, mods(active.modifications)),
      redoStack: redo ?? [],
    }));
  };
  return {
    ...EMPTY_SCENARIO_STATE,
    createScenario(name) {
      const scenario = create(name);
      update((state) => ({
        scenarios: [...state.scenarios, scenario],
        activeScenarioId: scenario.id,
        redoStack: [],
      }));
      return scenario.id;
    },
    selectScenario: (id) =>
      update((state) => ({
        activeScenarioId: id !== null && state.scenarios.some((s) => s.id === id) ? id : null,
        redoStack: [],
        editTool: null,
      })),
    renameScenario: (id, name) =>
      update((state) => ({
        scenarios: state.scenarios.map((s) =>
          s.id === id && name.trim() ? { ...s, name: name.trim() } : s,
        ),
      })),
    deleteScenario: (id) =>
      update((state) => ({
        scenarios: state.scenarios.filter((s) => s.id !== id),
        activeScenarioId: state.activeScenarioId === id ? null : state.activeScenarioId,
        comparedScenarioIds: state.comparedScenarioIds.filter((c) => c !== id),
        deltaMapScenarioId: state.deltaMapScenarioId === id ? null : state.deltaMapScenarioId,
      })),
    addModification: (modification) => setMods((mods) => [...mods, modification]),
    removeModification: (index) => setMods((mods) => mods.filter((_, i) => i !== index)),
    undoModification() {
      const active = activeScenarioOf(get());
      const last = active?.modifications.at(-1);
      if (!active || !last) return;
      setMods((mods) => mods.slice(0, -1), [last, ...get().redoStack]);
    },
    redoModification() {
      const [next, ...rest] = get().redoStack;
      if (next && activeScenarioOf(get())) setMods((mods) => [...mods, next], rest);
    },
    toggleComparedScenario: (id) =>
      update((state) => ({
        comparedScenarioIds: state.comparedScenarioIds.includes(id)
          ? state.comparedScenarioIds.filter((c) => c !== id)
          : [...state.comparedScenarioIds, id].slice(-MAX_COMPARED_SCENARIOS),
      })),
    showDeltaMap: (deltaMapScenarioId) => update(() => ({ deltaMapScenarioId })),
    setEditTool: (editTool) => update(() => ({ editTool })),
    editAt(position) {
      const { editTool, dataset, lang } = get();
      if (!editTool || !dataset) return;
      const scenario = ensureActive();
      const outcome = clickModification(editTool, position, get().dataset!.atlas, scenario, lang);
      update(() => ({ editTool: outcome.tool }));
      if (outcome.modification) get().addModification(outcome.modification);
    },
    putScenarios(scenarios, activate = false) {
      if (scenarios.length === 0) return;
      update((state) => {
        const incoming = new Map(scenarios.map((s) => [s.id, s]));
        const kept = state.scenarios.map((s) => incoming.get(s.id) ?? s);
        const added = scenarios.filter((s) => !state.scenarios.some((o) => o.id === s.id));
        return {
          scenarios: [...kept, ...added],
          ...(activate ? { activeScenarioId: scenarios[0]!.id, redoStack: [] } : {}),
        };
      });
    },
    setScenarioTooLongForLink: (scenarioTooLongForLink) => set({ scenarioTooLongForLink }),
    setComparison: (comparison) => set({ comparison }),
    startScenarioWithSite(position, values) {
      get().setEditTool({ kind: 'dataCentre', values: { ...DEFAULT_PROPOSAL, ...values } });
      get().editAt(position);
      get().setEditTool(null);
    },
  };
}
