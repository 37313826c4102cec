// A combobox that finds provinces, hubs and sites by Chinese or English name; Enter or a click picks.
import { LAYER_FAMILIES } from '../domain/layerFamilies';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Atlas } from '../domain/atlas';
import { localName } from '../domain/lang';
import { searchFeatures, type SearchHit } from '../domain/searchFeatures';
import { useAppStore } from '../state/AppStoreContext';
import { useT } from './i18n/useT';

export function SearchBox({ atlas, onPick }: { atlas: Atlas; onPick: (hit: SearchHit) => void }) {
  const t = useT();
  const lang = useAppStore((state) => state.lang);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchFeatures(atlas, query), [atlas, query]);
  const open = query.trim().length > 0;

  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit);
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter') pick(hits[active]);
    else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label={t('searchLabel')}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul role="listbox" id={listId} className="search-results">
          {hits.length === 0 && <li className="search-empty">{t('searchNoResults')}</li>}
          {hits.map((hit, index) => (
            <li
              key={`${hit.layerId}:${hit.id}`}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(hit)}
            >
              <span>{localName(hit, lang)}</span>
              <small>{t(LAYER_FAMILIES[hit.layerId].label)}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
