// National hubs and their clusters as rings: a hub is a wide, heavy ring; a cluster a smaller
// thin ring; both in the theme ink, unfilled so sites inside stay hoverable, dashed when approximate.
import type { Hub, HubType } from '../../domain/atlas';
import type { Bilingual } from '../../domain/lang';
import type { Rgba } from '../colour';
import { BASEMAP_COLOURS, type Theme } from '../theme';

export interface HubStyle {
  readonly radiusPx: number;
  readonly lineWidthPx: number;
  /** Translucent wash inside the ring, alpha 0–255. */
  readonly fillAlpha: number;
  readonly label: Bilingual;
}

export const HUB_STYLES: Readonly<Record<HubType, HubStyle>> = {
  hub: {
    radiusPx: 22,
    lineWidthPx: 3.5,
    fillAlpha: 0,
    label: { en: 'National hub', zh: '国家算力枢纽' },
  },
  cluster: {
    radiusPx: 13,
    lineWidthPx: 1.5,
    fillAlpha: 0,
    label: { en: 'Data-centre cluster', zh: '数据中心集群' },
  },
};

export function hubRing(_hub: Pick<Hub, 'type'>, theme: Theme): Rgba {
  return BASEMAP_COLOURS[theme].ink;
}

export function hubFill(hub: Pick<Hub, 'type'>, theme: Theme): Rgba {
  const ink = BASEMAP_COLOURS[theme].ink;
  return [ink[0], ink[1], ink[2], HUB_STYLES[hub.type].fillAlpha];
}
