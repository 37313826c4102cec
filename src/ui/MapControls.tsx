// Buttons over the map: zoom in, zoom out, fit the whole country.
import { useT } from './i18n/useT';

export interface MapControlsProps {
  onZoom: (delta: number) => void;
  onFit: () => void;
}

export function MapControls({ onZoom, onFit }: MapControlsProps) {
  const t = useT();
  return (
    <div className="map-controls" role="group">
      <button
        type="button"
        className="icon-button"
        aria-label={t('zoomIn')}
        title={t('zoomIn')}
        onClick={() => onZoom(1)}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('zoomOut')}
        title={t('zoomOut')}
        onClick={() => onZoom(-1)}
      >
        −
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('fitCountry')}
        title={t('fitCountry')}
        onClick={onFit}
      >
        ⤢
      </button>
    </div>
  );
}
