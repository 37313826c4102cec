// Byte-stable text for the output files: keys in construction order, one feature per line (so a
// change shows as a one-line diff), a trailing newline, nothing that depends on the clock.
import type { AtlasFeature } from './geometry';

/** A FeatureCollection with one feature per line. */
export function featureCollectionText(features: readonly AtlasFeature[]): string {
  const lines = features.map((f) =>
    JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** Pretty JSON with a trailing newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
