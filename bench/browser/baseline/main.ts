// The naive baseline the browser benchmark compares the app with: fetch every layer file on the
// main thread, JSON.parse it there, and hand the GeoJSON objects to one deck.gl GeoJsonLayer per
// layer (accessor functions, no basemap). Sets window.__baselinePaintedMs once every layer drew.
import { Deck } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';

interface ManifestLike {
  readonly layers: readonly { readonly id: string; readonly file: string }[];
}

type Colour = [number, number, number, number];
const PALETTE: readonly Colour[] = [
  [230, 85, 13, 220],
  [49, 130, 189, 220],
  [49, 163, 84, 220],
  [117, 107, 177, 220],
  [99, 99, 99, 220],
];

const hashColour = (text: unknown): Colour =>
  PALETTE[String(text ?? '').length % PALETTE.length] ?? [0, 0, 0, 255];
const prop = (f: Feature, key: string) => (f.properties ?? {})[key] as unknown;

const manifestUrl = new URL(
  new URLSearchParams(location.search).get('manifest') ?? 'data/manifest.json',
  location.href,
);
performance.mark('baseline:load-start');
const manifest = JSON.parse(await (await fetch(manifestUrl)).text()) as ManifestLike;
const collections = await Promise.all(
  manifest.layers.map(async ({ id, file }) => {
    const text = await (await fetch(new URL(file, manifestUrl))).text();
    const start = performance.now();
    const data = JSON.parse(text) as FeatureCollection;
    performance.measure('baseline:parse', { start });
    return { id, data };
  }),
);
performance.mark('baseline:load-end');

const layers = collections.map(
  ({ id, data }) =>
    new GeoJsonLayer({
      id,
      data,
      pickable: true,
      stroked: true,
      filled: true,
      pointType: 'circle',
      pointRadiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPointRadius: (f: Feature) => 2 + Math.sqrt(Number(prop(f, 'capacity_mw') ?? 10)) / 4,
      getFillColor: (f: Feature) =>
        id === 'regions' ? [200, 200, 220, 80] : hashColour(prop(f, 'fuel') ?? prop(f, 'kind')),
      getLineColor: (f: Feature) => hashColour(prop(f, 'status')),
      getLineWidth: (f: Feature) => (prop(f, 'approx') ? 1 : 1.5),
    }),
);

let painting = false;
const deck = new Deck({
  canvas: 'deck',
  initialViewState: { longitude: 104, latitude: 35.5, zoom: 3.4 },
  controller: true,
  layers,
  onAfterRender: () => {
    const drawn = deck.props.layers.length > 0 && deck.isInitialized;
    const loaded = layers.every((layer) => layer.isLoaded);
    const scope = window as { __baselinePaintedMs?: number };
    if (drawn && loaded && !painting) {
      painting = true;
      // The frame counts as painted once the browser reaches the next frame after it.
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('baseline:painted');
          scope.__baselinePaintedMs = performance.now();
        }),
      );
    }
  },
});
Object.assign(window, { __baselineDeck: deck, __baselineData: collections });
