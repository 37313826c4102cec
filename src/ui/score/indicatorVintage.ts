// The year (or years) an indicator's figures describe, read from the dataset's manifest: a region
// statistic's field vintage, a layer's vintage, the parts of a sum or ratio joined, latency the
// fibre layer's. Nothing here knows a year: another dataset states its own.
import type { Manifest } from '../../data';
import { MEASURED_LAYERS } from '../../domain/constraints/measuredLayers';
import type { IndicatorSource } from '../../domain/score/indicatorSource';

function vintagesOf(source: IndicatorSource, manifest: Manifest): string[] {
  const layerVintage = (id: string) => {
    const layer = manifest.layers.find((entry) => entry.id === id);
    return layer?.vintage ?? layer?.asOf;
  };
  switch (source.kind) {
    case 'region': {
      const field = manifest.fields.regions?.find((f) => f.key === source.property);
      return field?.vintage ? [field.vintage] : [];
    }
    case 'layer': {
      const vintage = layerVintage(source.layer);
      return vintage ? [vintage] : [];
    }
    case 'sum':
      return source.parts.flatMap((part) => vintagesOf(part, manifest));
    case 'ratio':
      return [source.numerator, source.denominator].flatMap((part) => vintagesOf(part, manifest));
    case 'latency': {
      const vintage = layerVintage(MEASURED_LAYERS.fibreGraph);
      return vintage ? [vintage] : [];
    }
  }
}

/** "2023", or "2023 · 2020 · 2022–2024" for a sum of parts of different years; undefined when
 * the manifest states none. */
export function indicatorVintage(source: IndicatorSource, manifest: Manifest): string | undefined {
  const vintages = [...new Set(vintagesOf(source, manifest))];
  return vintages.length > 0 ? vintages.join(' · ') : undefined;
}

/** The span of years several vintages name ("2020–2026"), or undefined when they name none. */
export function yearSpan(vintages: readonly (string | undefined)[]): string | undefined {
  const years = vintages.flatMap((v) =>
    [...(v ?? '').matchAll(/\b(?:19|20)\d\d\b/g)].map((match) => Number(match[0])),
  );
  if (years.length === 0) return undefined;
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? String(first) : `${first}–${last}`;
}
