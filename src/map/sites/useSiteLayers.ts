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
  const indexOf = useMemo(
    () => new Map(sites?.grid.cellIds.map((id, i) => [id, i]) ?? []),
    [sites?.grid],
  );
  const selectedId = siteFinder?.selectedCell;
  return useMemo(() => {
    if (!sites || !siteFinder) return NONE;
    return siteLayers(sites, {
      theme,
      hoveredCandidate: siteHover?.candidateId,
      hoveredCell: siteHover?.cell,
      selectedCell: selectedId === undefined ? undefined : indexOf.get(selectedId),
      onHoverCell: (cell, x, y) => hoverSite(cell === null ? null : { cell, x, y }),
      onClickCell: (cell) => {
        const id = cell === null ? undefined : sites.grid.cellIds[cell];
        setSiteFinder({ ...siteFinder, selectedCell: id });
      },
    });
  }, [sites, siteFinder, theme, siteHover, selectedId, indexOf, hoverSite, setSiteFinder]);
}
