// The top bar: title, search, language and theme switches.
import type { ReactNode } from 'react';
import { useAppStore } from '../state/AppStoreContext';
import { useT } from './i18n/useT';
import { ExportMenu } from './export/ExportMenu';
import { AddDataButton } from './import/AddDataButton';
import { ResetViewButton } from './share/ResetViewButton';
import { ShareControl } from './share/ShareControl';

export function Header({ search }: { search: ReactNode }) {
  const t = useT();
  const lang = useAppStore((state) => state.lang);
  const theme = useAppStore((state) => state.theme);
  const setLang = useAppStore((state) => state.setLang);
  const setTheme = useAppStore((state) => state.setTheme);
  const panelOpen = useAppStore((state) => state.panelOpen);
  const setPanelOpen = useAppStore((state) => state.setPanelOpen);
  return (
    <header className="header">
      <button
        type="button"
        className="icon-button panel-toggle"
        aria-label={t('panelToggle')}
        aria-expanded={panelOpen}
        onClick={() => setPanelOpen(!panelOpen)}
      >
        ☰
      </button>
      <h1 className="header-title">
        {t('appTitle')}
        <span className="header-subtitle">{t('appSubtitle')}</span>
      </h1>
      <div className="header-search">{search}</div>
      <AddDataButton />
      <ExportMenu />
      <ShareControl />
      <ResetViewButton />
      <button
        type="button"
        className="text-button"
        aria-label={`${t('switchToOther')} (${t('switchLanguageLabel')})`}
        lang={lang === 'zh' ? 'en' : 'zh'}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('switchToOther')}
      </button>
      <button
        type="button"
        className="text-button"
        aria-label={`${theme === 'light' ? t('themeDark') : t('themeLight')} (${t('switchThemeLabel')})`}
        aria-pressed={theme === 'dark'}
        onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}
      >
        {theme === 'light' ? t('themeDark') : t('themeLight')}
      </button>
    </header>
  );
}
