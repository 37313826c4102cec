// The tooltip of the hexagon under the pointer: its score (or why it has none), its province and
// the candidate it belongs to. Shown only when no feature tooltip is.
import { localName } from '../../domain/lang';
import { CELL_STATUSES, SCORED } from '../../domain/sites/scoreCells';
import { useAppStore } from '../../state/AppStoreContext';
import { formatNumber } from '../details/formatValue';
import { Tooltip } from '../Tooltip';
import { useSitesT } from './useSitesT';

export function SiteCellTooltip({ hidden }: { hidden: boolean }) {
  const t = useSitesT();
  const lang = useAppStore((state) => state.lang);
  const hover = useAppStore((state) => state.siteHover);
  const sites = useAppStore((state) => (state.siteFinder ? state.sites : null));
  const regions = useAppStore((state) => state.dataset?.atlas.regions);
  const cell = hover?.cell;
  if (hidden || !sites || cell === undefined || hover?.x === undefined || hover.y === undefined)
    return null;
  if (cell >= sites.grid.cellIds.length) return null;
  const status = sites.cells.status[cell]!;
  const regionId = sites.grid.regionIds[sites.grid.regionIndex[cell]!]!;
  const region = regions?.find((r) => r.id === regionId);
  const candidate = sites.candidates.find((c) => c.cells.includes(cell));
  const title =
    status === SCORED
      ? `${t('score')} ${formatNumber(sites.cells.scores[cell]!, lang, 1)}`
      : t(CELL_STATUSES[status] === 'masked' ? 'masked' : 'incomplete');
  const lines = [
    region ? localName(region, lang) : regionId,
    ...(candidate ? [`${t('candidate')} #${candidate.rank}`] : []),
  ];
  return <Tooltip content={{ x: hover.x, y: hover.y, title, lines }} />;
}
