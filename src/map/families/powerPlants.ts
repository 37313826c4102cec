// Power plants: circles coloured by fuel (Global Energy Monitor convention), area by capacity,
// hollow while not yet built, dashed outline where the location is approximate. Below
// SITES_APART_FROM_ZOOM, plants that would crowd are drawn as one cluster, area by summed capacity
// on the same scale, in the colour of the fuel with the most capacity (siteClusters.ts).
import type { Fuel, PowerPlant } from '../../domain/atlas';
import { FUELS } from '../../domain/atlas';
import { hexToRgba, type Rgba } from '../colour';
import { swatch } from '../legend/legendEntry';
import { approxPointEntry, inkWash, notBuiltEntry, sizeEntries } from '../legend/sharedEntries';
import { labelsOf, type PaletteRow } from '../palette';
import { proportionalRadiusPx, type ProportionalScale } from '../style/pointSize';
import { isHollow } from '../style/siteStatus';
import { BASEMAP_COLOURS, type Theme } from '../theme';
import type { MapFamily } from './mapFamily';
import {
  clusteredSiteLayers,
  clustersDrawnAt,
  SITES_APART_FROM_ZOOM,
  type ClusterStyle,
} from './siteClusters';

export const FUEL_PALETTE: Readonly<Record<Fuel, PaletteRow>> = {
  coal: { colour: '#5D4037', label: { en: 'Coal', zh: '煤电' } },
  gas: { colour: '#F57C00', label: { en: 'Gas', zh: '气电' } },
  oil: { colour: '#8D6E63', label: { en: 'Oil', zh: '油电' } },
  hydro: { colour: '#1E88E5', label: { en: 'Hydro', zh: '水电' } },
  pumped_storage: { colour: '#64B5F6', label: { en: 'Pumped storage', zh: '抽水蓄能' } },
  nuclear: { colour: '#8E24AA', label: { en: 'Nuclear', zh: '核电' } },
  wind: { colour: '#00ACC1', label: { en: 'Wind', zh: '风电' } },
  solar: { colour: '#FBC02D', label: { en: 'Solar', zh: '光伏' } },
  biomass: { colour: '#7CB342', label: { en: 'Biomass', zh: '生物质' } },
  other: { colour: '#9E9E9E', label: { en: 'Other', zh: '其他' } },
};

/** 1 GW → 6 px, 22.5 GW (Three Gorges) → 27 px; unknown capacity → 3 px. */
export const POWER_PLANT_SCALE: ProportionalScale = {
  pxPerSqrtMw: 0.1,
  minRadiusPx: 2,
  unknownRadiusPx: 3,
};

export function powerPlantColour(plant: Pick<PowerPlant, 'fuel'>): Rgba {
  return hexToRgba(FUEL_PALETTE[plant.fuel].colour);
}

export function powerPlantRadius(plant: Pick<PowerPlant, 'capacityMw'>): number {
  return proportionalRadiusPx(plant.capacityMw, POWER_PLANT_SCALE);
}

export function powerPlantFill(plant: Pick<PowerPlant, 'fuel' | 'status'>): Rgba {
  if (isHollow(plant)) return [0, 0, 0, 0];
  const colour = powerPlantColour(plant);
  return [colour[0], colour[1], colour[2], 200];
}

/** Fuel colour as the ring of a hollow plant, the theme outline otherwise. */
export function powerPlantOutline(plant: Pick<PowerPlant, 'fuel' | 'status'>, theme: Theme): Rgba {
  return isHollow(plant) ? powerPlantColour(plant) : BASEMAP_COLOURS[theme].symbolOutline;
}

const gigawatts = (mw: number) => (mw / 1000).toFixed(mw < 10_000 ? 1 : 0);

/** Summed stated capacity per fuel of `plants`, largest first. */
export function capacityByFuel(plants: readonly PowerPlant[]): [Fuel, number][] {
  const sums = new Map<Fuel, number>();
  for (const plant of plants) {
    sums.set(plant.fuel, (sums.get(plant.fuel) ?? 0) + (plant.capacityMw ?? 0));
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** Clusters of plants of any fuel, in the colour of the fuel with the most capacity. */
const POWER_PLANT_CLUSTERS: ClusterStyle<PowerPlant> = {
  radiusPx: ({ capacityMw }) => powerPlantRadius({ capacityMw }),
  fill: (members) => powerPlantFill({ fuel: capacityByFuel(members)[0]![0], status: 'operating' }),
  name: (members, capacityMw) => {
    const n = members.length;
    const fuels = capacityByFuel(members).filter(([, mw]) => mw > 0);
    const part = (lang: 'en' | 'zh') =>
      fuels
        .slice(0, 3)
        .map(([fuel, mw]) => `${FUEL_PALETTE[fuel].label[lang]} ${gigawatts(mw)} GW`)
        .join(lang === 'en' ? ', ' : '、') +
      (fuels.length > 3 ? (lang === 'en' ? ', …' : '等') : '');
    const stated = capacityMw === undefined ? undefined : gigawatts(capacityMw);
    return {
      en: `${n} power plants${stated ? `, ${stated} GW stated (${part('en')})` : ''}`,
      zh: `${n} 座电厂${stated ? `，已知装机 ${stated} GW（${part('zh')}）` : ''}`,
    };
  },
};

function clusterEntry(theme: Theme) {
  return {
    key: 'cluster',
    label: {
      en: `Plants close together: summed capacity, in the colour of the fuel with most of it; number inside (apart from zoom ${SITES_APART_FROM_ZOOM})`,
      zh: `相邻的多座电厂：装机合计，颜色为装机最多的燃料；圈内为座数（${SITES_APART_FROM_ZOOM} 级起分开显示）`,
    },
    swatch: swatch('circle', {
      fill: inkWash(theme),
      stroke: BASEMAP_COLOURS[theme].symbolOutline,
      sizePx: 8,
    }),
  };
}

function legend(theme: Theme) {
  return [
    ...FUELS.map((fuel) => ({
      key: fuel,
      label: FUEL_PALETTE[fuel].label,
      swatch: swatch('circle', {
        fill: powerPlantFill({ fuel, status: 'operating' }),
        stroke: powerPlantOutline({ fuel, status: 'operating' }, theme),
        sizePx: 6,
      }),
    })),
    notBuiltEntry(theme),
    ...sizeEntries(
      {
        radiusPx: (capacityMw) => powerPlantRadius({ capacityMw }),
        referenceMw: [1000, 10000],
        fill: inkWash(theme),
      },
      theme,
    ),
    approxPointEntry(theme),
  ];
}

export const powerPlantsFamily: MapFamily<PowerPlant> = {
  layers: (id, plants, options) =>
    clusteredSiteLayers(
      id,
      plants,
      {
        radiusPx: powerPlantRadius,
        fill: powerPlantFill,
        outline: (plant) => powerPlantOutline(plant, options.theme),
        outlineWidthPx: (plant) => (isHollow(plant) ? 1.5 : 0.75),
      },
      POWER_PLANT_CLUSTERS,
      options,
    ),
  legend: (theme, zoom) =>
    clustersDrawnAt(zoom) ? [...legend(theme), clusterEntry(theme)] : legend(theme),
  tooltipFields: ['fuel', 'capacityMw', 'status'],
  valueLabels: { fuel: labelsOf(FUEL_PALETTE) },
};
