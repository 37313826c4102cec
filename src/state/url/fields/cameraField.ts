// The camera as `c=lon,lat,zoom,bearing,pitch`: zoom 0–22, latitude ±85 and pitch 0–85 clamped,
// longitude and bearing wrapped; centre precision follows the zoom (see cameraPrecision.ts).
import type { Camera } from '../../appInputs';
import {
  BEARING_DECIMALS,
  centreDecimals,
  PITCH_DECIMALS,
  ZOOM_DECIMALS,
} from '../cameraPrecision';
import type { FieldCodec } from '../fieldCodec';
import { clamp, formatNumber, parseNumber, roundTo, wrapDegrees } from '../numberText';

export const CAMERA_LIMITS = {
  zoom: [0, 22],
  latitude: [-85, 85],
  pitch: [0, 85],
} as const;

/** Wraps into [−180, 180) and rounds, staying exact: rounding 179.999 up gives −180, not 180. */
function wrapRounded(degrees: number, decimals: number): number {
  const rounded = roundTo(wrapDegrees(degrees), decimals);
  return rounded >= 180 ? roundTo(rounded - 360, decimals) : rounded;
}

function normaliseCamera(camera: Camera): { value: Camera; clamped: boolean } {
  const zoom = roundTo(clamp(camera.zoom, ...CAMERA_LIMITS.zoom), ZOOM_DECIMALS);
  const places = centreDecimals(zoom);
  const latitude = roundTo(clamp(camera.latitude, ...CAMERA_LIMITS.latitude), places);
  const pitch = roundTo(clamp(camera.pitch, ...CAMERA_LIMITS.pitch), PITCH_DECIMALS);
  const clamped =
    zoom !== roundTo(camera.zoom, ZOOM_DECIMALS) ||
    latitude !== roundTo(camera.latitude, places) ||
    pitch !== roundTo(camera.pitch, PITCH_DECIMALS);
  return {
    value: {
      longitude: wrapRounded(camera.longitude, places),
      latitude,
      zoom,
      bearing: wrapRounded(camera.bearing, BEARING_DECIMALS),
      pitch,
    },
    clamped,
  };
}

export const cameraField: FieldCodec<'camera'> = {
  field: 'camera',
  key: 'c',
  label: { en: 'map view', zh: '地图视角' },
  parse: (text) => {
    const numbers = text.split(',').map(parseNumber);
    if (numbers.length < 3 || numbers.length > 5 || numbers.includes(undefined)) return undefined;
    const [longitude = 0, latitude = 0, zoom = 0, bearing = 0, pitch = 0] = numbers;
    return { value: { longitude, latitude, zoom, bearing, pitch }, issues: [] };
  },
  normalise: (camera) => {
    const { value, clamped } = normaliseCamera(camera);
    return { value, issues: clamped ? ['clamped'] : [] };
  },
  format: (camera) => {
    const places = centreDecimals(camera.zoom);
    return [
      formatNumber(camera.longitude, places),
      formatNumber(camera.latitude, places),
      formatNumber(camera.zoom, ZOOM_DECIMALS),
      formatNumber(camera.bearing, BEARING_DECIMALS),
      formatNumber(camera.pitch, PITCH_DECIMALS),
    ].join(',');
  },
};
