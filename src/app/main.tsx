// Entry point: make the store, restore the view from the link, start the compute worker and the
// dataset load, render the app.
import 'maplibre-gl/dist/maplibre-gl.css';
import '../ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppStoreProvider } from '../state/AppStoreContext';
import { createAppStore } from '../state/createAppStore';
import { AtlasLayout } from '../ui/AtlasLayout';
import { connectCompute } from './connectCompute';
import { connectUrl } from './connectUrl';
import { initialLang } from './initialLang';
import { startDatasetLoad } from './startDatasetLoad';

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
connectCompute(store);
void startDatasetLoad(store, { fitCamera: !linkHadCamera });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <AtlasLayout />
      </AppStoreProvider>
    </StrictMode>,
  );
}
