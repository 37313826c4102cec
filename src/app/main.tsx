// Entry point: make the store, restore the view from the link, start the atlas worker (it loads
// the dataset and answers the analyses), choose and load the dataset, render the app.
import 'maplibre-gl/dist/maplibre-gl.css';
import '../ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../state/createAppStore';
import { makeNotice } from '../state/url/notices';
import { App } from './App';
import { chooseDataset } from './chooseDataset';
import { createAtlasWorker } from './atlasWorker';
import { connectCompute } from './connectCompute';
import { connectSites } from './connectSites';
import { loadDatasetInWorker } from './loadDatasetInWorker';
import { connectUrl } from './connectUrl';
import { connectScenarioLink } from './connectScenarioLink';
import { connectScenarioStorage } from './connectScenarioStorage';
import { indexedDbScenarios } from './indexedDbScenarios';
import { initialLang } from './initialLang';
import { startDatasetLoad, type DatasetLoader } from './startDatasetLoad';

/** Below this width (CSS px) the side panel starts closed, as a sheet over the map. */
const PHONE_WIDTH_PX = 700;

const store = createAppStore({
  lang: initialLang(navigator.languages),
  panelOpen: window.innerWidth > PHONE_WIDTH_PX,
});
// Read-only handle for the browser tests and for curious users in the console.
Object.defineProperty(window, '__atlasStore', { value: store });
const linkHadCamera = /(^|[#&])(c|map)=/.test(window.location.hash);
connectUrl(store);
const worker = createAtlasWorker();
connectCompute(store, worker);
connectScenarioLink(store);
connectScenarioStorage(store, indexedDbScenarios);
connectSites(store, worker);
const loadInWorker: DatasetLoader = (manifestUrl, onProgress) =>
  loadDatasetInWorker(manifestUrl, { worker, onProgress });

const dataset = chooseDataset(store.getState().datasetUrl, window.location.href);
const load = (manifestUrl?: string) =>
  void startDatasetLoad(store, { load: loadInWorker, manifestUrl, fitCamera: !linkHadCamera });
if (dataset.kind === 'invalid') {
  store.getState().addNotices([makeNotice('dropped', 'ds', { en: 'dataset', zh: '数据集' })]);
}
if (dataset.kind === 'load') load(dataset.url);
else if (dataset.kind !== 'ask') load();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App store={store} dataset={dataset} load={load} />
    </StrictMode>,
  );
}
