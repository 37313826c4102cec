// "Data & sources": the dataset with its edition, and per layer its licence, the year of its
// figures, as-of date, sources and notes.
import { LAYER_FAMILIES, LAYER_IDS } from '../domain/layerFamilies';
import { localName } from '../domain/lang';
import { useAppStore } from '../state/AppStoreContext';
import { SourceText } from './details/SourceText';
import { useT } from './i18n/useT';

export function SourcesPanel() {
  const t = useT();
  const lang = useAppStore((state) => state.lang);
  const manifest = useAppStore((state) => state.dataset?.manifest);
  if (!manifest) return null;
  const entries = LAYER_IDS.flatMap((id) => manifest.layers.filter((layer) => layer.id === id));
  return (
    <div className="sources-panel">
      <h2>{localName(manifest, lang)}</h2>
      {manifest.edition && (
        <p data-edition={manifest.edition}>
          {t('edition')}: {manifest.edition}
          {manifest.editionDate && ` (${manifest.editionDate})`}
        </p>
      )}
      {manifest.asOf && (
        <p>
          {t('asOf')}: {manifest.asOf}
        </p>
      )}
      <p className="flag">{t('noReviewNumber')}</p>
      <p>
        <SourceText source={manifest.attribution} />
      </p>
      {entries.map((layer) => (
        <section key={layer.id} data-sources={layer.id}>
          <h3>{t(LAYER_FAMILIES[layer.id].label)}</h3>
          <dl>
            {layer.vintage && (
              <>
                <dt>{t('vintage')}</dt>
                <dd>{layer.vintage}</dd>
              </>
            )}
            {layer.licence && (
              <>
                <dt>{t('licence')}</dt>
                <dd>{layer.licence}</dd>
              </>
            )}
            {layer.asOf && (
              <>
                <dt>{t('asOf')}</dt>
                <dd>{layer.asOf}</dd>
              </>
            )}
            <dt>{t('sources')}</dt>
            {layer.sources.map((source) => (
              <dd key={source}>
                <SourceText source={source} />
              </dd>
            ))}
            {layer.notes && (
              <>
                <dt>{t('notes')}</dt>
                <dd>{layer.notes}</dd>
              </>
            )}
          </dl>
        </section>
      ))}
    </div>
  );
}
