// WRI Global Power Plant Database CSV → power_plants. Reads the v1.3.0 output columns
// (gppd_idnr, primary_fuel, …), the WRI China raw file (Power Plant ID, Fuel, …) and its
// snake_case copy (wri_plant_id, …); ids follow GPPD: "WRI" + the WRI plant id.
import type { Fuel, SiteStatus } from '../../domain/atlas';
import { createReportBuilder } from '../validate/report';
import { finishImport, refuseOversize } from './finishImport';
import type { Importer } from './importerTypes';
import { hasColumns, numberCell, readTable } from './readTable';
import { WRI_FUELS, WRI_STATUSES } from './wriFuels';

const COLUMNS = {
  gppdId: ['gppd_idnr'],
  wriId: ['wri_plant_id', 'Power Plant ID'],
  name: ['name'],
  fuel: ['primary_fuel', 'Fuel'],
  capacity: ['capacity_mw', 'Capacity (MW)'],
  year: ['commissioning_year', 'Commissioning Date'],
  status: ['status', 'Operational Status'],
  lat: ['latitude'],
  lon: ['longitude'],
  source: ['source'],
  url: ['url'],
  owner: ['owner'],
} as const;

const REQUIRED = [COLUMNS.fuel, COLUMNS.capacity, COLUMNS.lat, COLUMNS.lon];

/** The first four-digit year in a cell: "2013", "2004.42" and "2014-2017" give the start year. */
function firstYear(value: string): number | undefined {
  const match = /\b(1[89]\d\d|20\d\d)/.exec(value);
  return match ? Number(match[1]) : undefined;
}

export const wriGppd: Importer = {
  id: 'wri_gppd',
  label: { en: 'WRI Global Power Plant Database (CSV)', zh: 'WRI 全球电厂数据库（CSV）' },
  input: 'csv',
  layerId: 'power_plants',
  detect: (header) =>
    hasColumns(header, REQUIRED) &&
    (hasColumns(header, [COLUMNS.gppdId]) || hasColumns(header, [COLUMNS.wriId])),
  import(text, options = {}) {
    const report = createReportBuilder();
    const features: unknown[] = [];
    const table = refuseOversize(text, report, options.maxBytes) ? undefined : readTable(text, COLUMNS);
    table?.rows.forEach((row, index) => {
      const cell = (role: keyof typeof COLUMNS) => table.cell(row, role);
      const id = cell('gppdId') || (cell('wriId') && `WRI${cell('wriId')}`);
      const label = `row ${index + 2}${id ? ` (id ${id})` : ''}`;
      const lat = numberCell(cell('lat'));
      const lon = numberCell(cell('lon'));
      if (lat === undefined || lon === undefined) {
        report.add('dropped', 'missing_coordinate', `${label}: no latitude/longitude`);
        return;
      }
      const wriFuel = cell('fuel');
      let fuel: Fuel | undefined = WRI_FUELS[wriFuel.toLowerCase()];
      if (!fuel) {
        fuel = 'other';
        report.add('fixed', 'unmapped_value', `${label}: fuel "${wriFuel}"`);
      }
      let status: SiteStatus | undefined = WRI_STATUSES[cell('status').toLowerCase()];
      if (!status) {
        status = 'unknown';
        report.add('fixed', 'unmapped_value', `${label}: status "${cell('status')}"`);
      }
      const capacityMw = numberCell(cell('capacity'));
      const properties: Record<string, unknown> = {
        ...(id ? { id } : {}),
        name: cell('name') || id || `WRI row ${index + 2}`,
        fuel,
        ...(capacityMw !== undefined && capacityMw > 0 ? { capacity_mw: capacityMw } : {}),
        status,
        ...(firstYear(cell('year')) ? { year: firstYear(cell('year')) } : {}),
        ...(cell('owner') ? { owner: cell('owner') } : {}),
        source: ['WRI Global Power Plant Database', cell('source'), cell('url')]
          .filter(Boolean)
          .join('; '),
        approx: false,
        ...(wriFuel && wriFuel.toLowerCase() !== fuel ? { notes: `WRI fuel: ${wriFuel}` } : {}),
      };
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
    });
    return finishImport(
      features,
      {
        layerId: 'power_plants',
        geometry: 'point',
        licence: 'CC BY 4.0',
        attribution: 'Global Power Plant Database v1.3.0, World Resources Institute et al. (CC BY 4.0)',
      },
      report,
    );
  },
};
