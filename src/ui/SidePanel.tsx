// The side panel: a tab list and the active tab's content; collapses over the map on a phone.
import type { ReactNode } from 'react';
import { PANEL_TABS, type PanelTab } from '../state/appInputs';
import { useAppStore } from '../state/AppStoreContext';
import type { MessageKey } from './i18n/messages';
import { useT } from './i18n/useT';

const TAB_LABEL_KEYS: Readonly<Record<PanelTab, MessageKey>> = {
  layers: 'tabLayers',
  score: 'tabScore',
  constraints: 'tabConstraints',
  scenarios: 'tabScenarios',
  sites: 'tabSites',
  sources: 'tabSources',
};

export function SidePanel({ tabs }: { tabs: Readonly<Partial<Record<PanelTab, ReactNode>>> }) {
  const t = useT();
  const active = useAppStore((state) => state.panelTab);
  const open = useAppStore((state) => state.panelOpen);
  const setTab = useAppStore((state) => state.setPanelTab);
  const available = PANEL_TABS.filter((tab) => tabs[tab] !== undefined);
  return (
    <aside
      className={open ? 'side-panel open' : 'side-panel'}
      aria-label={t(TAB_LABEL_KEYS[active])}
    >
      <div role="tablist" className="tab-list">
        {available.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`tabpanel-${tab}`}
            className="tab"
            onClick={() => setTab(tab)}
          >
            {t(TAB_LABEL_KEYS[tab])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        tabIndex={0}
        id={`tabpanel-${active}`}
        aria-labelledby={`tab-${active}`}
        className="tab-panel"
      >
        <h2 className="visually-hidden">{t(TAB_LABEL_KEYS[active])}</h2>
        {tabs[active]}
      </div>
    </aside>
  );
}
