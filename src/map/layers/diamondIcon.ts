// Diamond icons for network nodes as inline SVG data URLs (no request leaves the page): a solid
// diamond, and a hollow one for approximate locations. Drawn as masks, so deck.gl tints them.

/** Icon edge length in texture pixels (drawn at `NETWORK_NODE_SIZE_PX` on screen). */
const ICON_PX = 32;

function diamondSvg(hollow: boolean): string {
  const half = ICON_PX / 2;
  const points = `${half},2 ${ICON_PX - 2},${half} ${half},${ICON_PX - 2} 2,${half}`;
  const paint = hollow ? 'fill="none" stroke="#fff" stroke-width="5"' : 'fill="#fff"';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ICON_PX}" height="${ICON_PX}" viewBox="0 0 ${ICON_PX} ${ICON_PX}"><polygon points="${points}" ${paint}/></svg>`;
}

export interface DiamondIcon {
  readonly id: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly mask: true;
}

function icon(hollow: boolean): DiamondIcon {
  return {
    id: hollow ? 'diamond-hollow' : 'diamond',
    url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(diamondSvg(hollow))}`,
    width: ICON_PX,
    height: ICON_PX,
    mask: true,
  };
}

export const SOLID_DIAMOND = icon(false);
export const HOLLOW_DIAMOND = icon(true);
