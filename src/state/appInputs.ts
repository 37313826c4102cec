// The inputs a user controls: everything that changes what one sees. Outputs (scores, constraint
// results) are derived from these and the loaded dataset, never stored here.
import { LAYER_IDS, type LayerId } from '../domain/layerFamilies';

export interface Camera {
  /** Degrees, −180…180. */
  readonly longitude: number;
  /** Degrees, −85…85. */
  readonly latitude: number;
  readonly zoom: number;
  readonly bearing: number;
  readonly pitch: number;
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const PANEL_TABS = [
  'layers',
  'score',
  'constraints',
  'sites',
  'scenarios',
  'sources',
] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

/** A feature the user picked: the layer it belongs to and its id. */
export interface FeatureRef {
  readonly layerId: LayerId;
  readonly id: string;
}

/** A move the UI asks of the map; a new `nonce` is a new move, even to the same place. */
export type CameraRequest = (
  | {
      readonly kind: 'fit';
      readonly bounds: readonly [number, number, number, number];
      /** False fits at once: the first view of a dataset, where an animation only costs frames. */
      readonly animate?: boolean;
    }
  | {
      readonly kind: 'fly';
      readonly longitude: number;
      readonly latitude: number;
      readonly zoom?: number;
    }
  | { readonly kind: 'zoom'; readonly delta: number }
  /** Straight to a camera, without animation: a link was opened or back/forward was pressed. */
  | { readonly kind: 'jump'; readonly camera: Camera }
) & { readonly nonce: number };

export type CameraMove = CameraRequest extends infer R
  ? R extends CameraRequest
    ? Omit<R, 'nonce'>
    : never
  : never;

export const DEFAULT_CAMERA: Camera = {
  longitude: 104.5,
  latitude: 35.8,
  zoom: 3.2,
  bearing: 0,
  pitch: 0,
};

/** Layers a fresh view leaves off: the cities (a demand proxy for the site finder, not a theme). */
const HIDDEN_BY_DEFAULT: ReadonlySet<LayerId> = new Set<LayerId>(['cities']);

/** Every layer but the cities starts visible. */
export const DEFAULT_VISIBLE_LAYERS: readonly LayerId[] = LAYER_IDS.filter(
  (id) => !HIDDEN_BY_DEFAULT.has(id),
);
