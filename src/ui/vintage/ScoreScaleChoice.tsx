// How scores compare across years (the share link's nm=): min–max within the year shown, or fixed
// goalposts (the range over every year), and the year whose entropy weights every year uses.
import type { YearSpan } from '../../domain/vintage/asOf';
import { NORMALISATIONS, type Normalisation } from '../../domain/vintage/scoreScale';
import { useAppStore } from '../../state/AppStoreContext';
import { useVintageT } from './useVintageT';
import { YearSelect } from './YearSelect';
import type { VintageMessageKey } from './vintageMessages';

const LABELS: Readonly<Record<Normalisation, VintageMessageKey>> = {
  per_year: 'scalePerYear',
  goalposts: 'scaleGoalposts',
};

export function ScoreScaleChoice({ span }: { readonly span: YearSpan }) {
  const t = useVintageT();
  const scale = useAppStore((state) => state.scoreScale);
  const setScoreScale = useAppStore((state) => state.setScoreScale);
  const years = Array.from({ length: span.latest - span.first + 1 }, (_, i) => span.first + i);
  return (
    <details className="score-scale">
      <summary>{t('scaleHeading')}</summary>
      <fieldset>
        <legend>{t('scaleGroup')}</legend>
        {NORMALISATIONS.map((normalisation) => (
          <label key={normalisation}>
            <input
              type="radio"
              name="score-normalisation"
              checked={scale.normalisation === normalisation}
              onChange={() => setScoreScale({ ...scale, normalisation })}
            />{' '}
            {t(LABELS[normalisation])}
          </label>
        ))}
      </fieldset>
      <label>
        {t('entropyBase')}{' '}
        <YearSelect
          value={scale.entropyBaseYear}
          years={years}
          noneLabel={t('entropyNotFrozen')}
          onChange={(year) => {
            const { entropyBaseYear: _old, ...rest } = scale;
            setScoreScale(year === undefined ? rest : { ...rest, entropyBaseYear: year });
          }}
        />
      </label>
      <p className="hint">{t('entropyOnlyNote')}</p>
    </details>
  );
}
