// Fibre routes coloured by kind (backbone, hub direct link, submarine, international), backbone and
// hub links a little heavier, dashed where the route is schematic.
import type { FibreKind, FibreRoute } from '../../domain/atlas';
import { FIBRE_KINDS } from '../../domain/atlas';
import { hexToRgba, type Rgba } from '../colour';
import { lineLayer } from '../layers/lineLayer';
import { swatch } from '../legend/legendEntry';
import { approxLineEntry } from '../legend/sharedEntries';
import { labelsOf, type PaletteRow } from '../palette';
import type { MapFamily } from './mapFamily';

export const FIBRE_PALETTE: Readonly<Record<FibreKind, PaletteRow>> = {
  backbone: { colour: '#3949AB', label: { en: 'Backbone fibre', zh: '骨干光缆' } },
  hub_direct_link: { colour: '#00897B', label: { en: 'Hub direct link', zh: '枢纽直连' } },
  submarine: { colour: '#0277BD', label: { en: 'Submarine cable', zh: '海底光缆' } },
  international: { colour: '#5E35B1', label: { en: 'International', zh: '国际光缆' } },
  other: { colour: '#78909C', label: { en: 'Other fibre', zh: '其他光缆' } },
};

export function fibreRouteColour(route: Pick<FibreRoute, 'kind'>): Rgba {
  return hexToRgba(FIBRE_PALETTE[route.kind].colour);
}

/** Backbone and hub links read a little heavier than the rest (pixels). */
export function fibreRouteWidthPx(route: Pick<FibreRoute, 'kind'>): number {
  return route.kind === 'backbone' || route.kind === 'hub_direct_link' ? 2 : 1.5;
}

export const fibreRoutesFamily: MapFamily<FibreRoute> = {
  layers: (id, routes, options) =>
    lineLayer(id, routes, { colour: fibreRouteColour, widthPx: fibreRouteWidthPx }, options),
  legend: (theme) => [
    ...FIBRE_KINDS.map((kind) => ({
      key: kind,
      label: FIBRE_PALETTE[kind].label,
      swatch: swatch('line', {
        stroke: fibreRouteColour({ kind }),
        strokeWidthPx: fibreRouteWidthPx({ kind }),
      }),
    })),
    approxLineEntry(theme),
  ],
  tooltipFields: ['kind', 'operator'],
  valueLabels: { kind: labelsOf(FIBRE_PALETTE) },
};
