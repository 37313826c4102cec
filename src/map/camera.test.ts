import { describe, expect, it } from 'vitest';
import { applyCameraMove, cameraOf, FIT_PADDING_PX, type CameraTarget } from './camera';

function fakeMap(zoom = 4) {
  const calls: [string, unknown][] = [];
  const map: CameraTarget = {
    fitBounds: (bounds, options) => calls.push(['fitBounds', { bounds, options }]),
    flyTo: (options) => calls.push(['flyTo', options]),
    easeTo: (options) => calls.push(['easeTo', options]),
    getZoom: () => zoom,
    jumpTo: (options) => calls.push(['jumpTo', options]),
  };
  return { map, calls };
}

describe('applyCameraMove', () => {
  it('fits [west, south, east, north] bounds as south-west and north-east corners', () => {
    const { map, calls } = fakeMap();
    applyCameraMove(map, { kind: 'fit', bounds: [73.5, 18, 135.1, 53.6] });
    expect(calls).toEqual([
      [
        'fitBounds',
        {
          bounds: [
            [73.5, 18],
            [135.1, 53.6],
          ],
          options: { padding: FIT_PADDING_PX },
        },
      ],
    ]);
  });

  it("fits without animation when the move says so (a dataset's first view)", () => {
    const { map, calls } = fakeMap();
    applyCameraMove(map, { kind: 'fit', bounds: [73.5, 18, 135.1, 53.6], animate: false });
    expect(calls[0]?.[1]).toMatchObject({ options: { padding: FIT_PADDING_PX, animate: false } });
  });

  it('jumps straight to a whole camera, bearing and pitch included', () => {
    const { map, calls } = fakeMap();
    const camera = { longitude: 110, latitude: 30, zoom: 5, bearing: 20, pitch: 45 };
    applyCameraMove(map, { kind: 'jump', camera });
    expect(calls).toEqual([['jumpTo', { center: [110, 30], zoom: 5, bearing: 20, pitch: 45 }]]);
  });

  it('flies to a point, keeping the zoom when none is given', () => {
    const { map, calls } = fakeMap();
    applyCameraMove(map, { kind: 'fly', longitude: 106.6, latitude: 26.6 });
    applyCameraMove(map, { kind: 'fly', longitude: 1, latitude: 2, zoom: 7 });
    expect(calls).toEqual([
      ['flyTo', { center: [106.6, 26.6] }],
      ['flyTo', { center: [1, 2], zoom: 7 }],
    ]);
  });

  it('zooms relative to the current zoom', () => {
    const { map, calls } = fakeMap(5);
    applyCameraMove(map, { kind: 'zoom', delta: -1 });
    expect(calls).toEqual([['easeTo', { zoom: 4 }]]);
  });
});

describe('cameraOf', () => {
  it('reads centre, zoom, bearing and pitch', () => {
    const camera = cameraOf({
      getCenter: () => ({ lng: 104, lat: 35 }),
      getZoom: () => 3.5,
      getBearing: () => 10,
      getPitch: () => 20,
    });
    expect(camera).toEqual({ longitude: 104, latitude: 35, zoom: 3.5, bearing: 10, pitch: 20 });
  });
});
