// What every export names: the dataset's attribution, its layers' licences and sources, and each
// added layer's licence and attribution as the user entered them. Duplicates and blanks dropped.
import type { Manifest, ManifestLayer } from '../../data';
import type { AddedLayer } from '../../state/addedLayers';

export interface ExportSources {
  readonly attribution: string;
  readonly licences: readonly string[];
  readonly sources: readonly string[];
}

type ManifestPart = Pick<Manifest, 'attribution' | 'layers'>;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function unique(items: readonly (string | undefined)[]): string[] {
  return [...new Set(items.map((item) => oneLine(item ?? '')).filter((item) => item !== ''))];
}

/** Added layers as manifest layer entries, so tables that read a manifest name them too. */
export function addedAsManifestLayers(added: readonly AddedLayer[]): ManifestLayer[] {
  return added.map((layer) => ({
    id: layer.layerId,
    file: `(added) ${oneLine(layer.name)}`,
    featureCount: layer.records.length,
    licence: layer.licence || undefined,
    sources: unique([layer.attribution || layer.name]),
  }));
}

export function exportSources(manifest: ManifestPart, added: readonly AddedLayer[]): ExportSources {
  const layers = [...manifest.layers, ...addedAsManifestLayers(added)];
  return {
    attribution: oneLine(manifest.attribution),
    licences: unique(layers.map((layer) => layer.licence)),
    sources: unique(layers.flatMap((layer) => layer.sources)),
  };
}

/** The lines a picture or a file footer shows (English, as the data's own citations are). */
export function sourceLines(sources: ExportSources): string[] {
  return [
    `Attribution: ${sources.attribution || 'none given'}`,
    `Licences: ${sources.licences.join('; ') || 'not stated'}`,
    `Sources: ${sources.sources.join('; ') || 'not stated'}`,
  ];
}
