// The legend section of the site finder, while it is on: the score ramp 0–100, cells removed by a
// mask, incomplete cells, and the candidate outline — the colours map/sites draws.
import { rgbaToHex } from '../../map/colour';
import { CANDIDATE_OUTLINE } from '../../map/sites/siteLayers';
import { INCOMPLETE_COLOUR, MASKED_COLOUR, scoreGradient } from '../../map/sites/siteColours';
import { useAppStore } from '../../state/AppStoreContext';
import { useSitesT } from './useSitesT';

export function SitesLegend() {
  const t = useSitesT();
  const on = useAppStore((state) => state.siteFinder !== null);
  const theme = useAppStore((state) => state.theme);
  if (!on) return null;
  const swatch = (colour: string, border?: string) => (
    <span
      className="swatch"
      style={{ background: colour, borderColor: border }}
      aria-hidden="true"
    />
  );
  return (
    <div className="score-legend" data-legend="sites">
      <h3>{t('legendTitle')}</h3>
      <div className="score-ramp" style={{ background: scoreGradient() }} aria-hidden="true" />
      <div className="score-ramp-labels">
        <span>0</span>
        <span>100</span>
      </div>
      <ul>
        <li>
          {swatch(rgbaToHex(MASKED_COLOUR[theme]), '#999')}
          <span>{t('masked')}</span>
        </li>
        <li>
          {swatch(rgbaToHex(INCOMPLETE_COLOUR))}
          <span>{t('incomplete')}</span>
        </li>
        <li>
          {swatch('transparent', rgbaToHex(CANDIDATE_OUTLINE))}
          <span>{t('legendCandidate')}</span>
        </li>
      </ul>
    </div>
  );
}
