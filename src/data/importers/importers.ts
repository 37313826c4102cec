// The table of known-format importers; adding a format is adding a module and a row here.
import { cloudRegionsCsv } from './cloudRegionsCsv';
import { cloudRegionsJson } from './cloudRegionsJson';
import type { Importer } from './importerTypes';
import { telegeographyCables } from './telegeographyCables';
import { telegeographyLandingPoints } from './telegeographyLandingPoints';
import { wriGppd } from './wriGppd';

export const IMPORTERS: readonly Importer[] = [
  wriGppd,
  telegeographyCables,
  telegeographyLandingPoints,
  cloudRegionsCsv,
  cloudRegionsJson,
];
