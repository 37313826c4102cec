// The site finder's layers from the store: drawn while the site finder is on and has an answer;
// hovering a cell and clicking it report back to the store (the selected cell lives in the link).
import type { Layer } from '@deck.gl/core';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/AppStoreContext';
import type { AppState } from '../../state/createAppStore';
import { siteLayers } from './siteLayers';

const select = (state: AppState) => ({
  sites: state.siteFinder ? state.sites : null,
  siteFinder: state.siteFinder,
  theme: state.theme,
  siteHover: state.siteHover,
  hoverSite: state.hoverSite,
  setSiteFinder: state.setSiteFinder,
});

const NONE: readonly Layer[] = [];

export function useSiteLayers(): readonly Layer[] {
  const { sites, siteFinder, theme, siteHover, hoverSite, setSiteFinder } = useAppStore(
    useShallow(select),
  );
  const selectedId = siteFinder?.selectedCell;
  // One scan when the selection or the grid changes (a Map of 282,000 ids would cost more).
  const selectedIndex = useMemo(
    () => (selectedId === undefined ? -1 : (sites?.grid.cellIds.indexOf(selectedId) ?? -1)),
    [selectedId, sites?.grid],
  );
  return useMemo(() => {
    if (!sites || !siteFinder) return NONE;
    return siteLayers(sites, {
      theme,
      hoveredCandidate: siteHover?.candidateId,
      hoveredCell: siteHover?.cell,
      selectedCell: selectedIndex < 0 ? undefined : selectedIndex,
      onHoverCell: (cell, x, y) => hoverSite(cell === null ? null : { cell, x, y }),
      onClickCell: (cell) => {
        const id = cell === null ? undefined : sites.grid.cellIds[cell];
        setSiteFinder({ ...siteFinder, selectedCell: id });
      },
    });
  }, [sites, siteFinder, theme, siteHover, selectedIndex, hoverSite, setSiteFinder]);
}
