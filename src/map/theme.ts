// The two map themes and the basemap colours of each (DESIGN.md, "Visual language").
import { THEMES, type Theme } from '../state/appInputs';
import { hexToRgba, type Rgba } from './colour';

export { THEMES, type Theme };

export interface BasemapColours {
  readonly land: string;
  readonly water: string;
  readonly provinceBorder: string;
  readonly countryBorder: string;
  /** Label text and its halo, for deck.gl TextLayers drawn over this basemap. */
  readonly labelText: Rgba;
  readonly labelHalo: Rgba;
  /** Outline drawn around light-on-dark or dark-on-light point symbols. */
  readonly symbolOutline: Rgba;
  /** Ink for hollow symbols and rings: dark on the light theme, light on the dark one. */
  readonly ink: Rgba;
}

export const BASEMAP_COLOURS: Readonly<Record<Theme, BasemapColours>> = {
  light: {
    land: '#F4F1EA',
    water: '#D6E4EE',
    provinceBorder: '#B8B2A7',
    countryBorder: '#8C857B',
    labelText: hexToRgba('#37474F'),
    labelHalo: hexToRgba('#FFFFFF', 0.9),
    symbolOutline: hexToRgba('#FFFFFF'),
    ink: hexToRgba('#263238'),
  },
  dark: {
    land: '#1B1F24',
    water: '#0E141B',
    provinceBorder: '#3A424C',
    countryBorder: '#3A424C',
    labelText: hexToRgba('#E0E4E8'),
    labelHalo: hexToRgba('#0E141B', 0.9),
    symbolOutline: hexToRgba('#ECEFF1'),
    ink: hexToRgba('#ECEFF1'),
  },
};
