// "Add data": a button that opens the file picker (a hidden file input) and hands the file to the
// import flow. Hidden outside <ImportProvider>.
import { useRef } from 'react';
import { useImport } from './ImportProvider';
import { useImportT } from './useImportT';

/** What the picker offers; other files can still be dropped and are judged by their content. */
const ACCEPT = '.geojson,.json,.csv,.tsv,.txt,application/geo+json,application/json,text/csv';

export function AddDataButton() {
  const t = useImportT();
  const flow = useImport();
  const input = useRef<HTMLInputElement>(null);
  if (!flow) return null;
  const busy = flow.state.step === 'reading' || flow.state.step === 'finishing';
  return (
    <>
      <button
        type="button"
        className="text-button"
        title={t('addDataLabel')}
        aria-describedby="add-data-description"
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="add-data-button"
      >
        {t('addData')}
      </button>
      <span id="add-data-description" className="visually-hidden">
        {t('addDataLabel')}
      </span>
      <input
        ref={input}
        type="file"
        hidden
        accept={ACCEPT}
        aria-label={t('addDataLabel')}
        data-testid="add-data-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) flow.addFile(file);
        }}
      />
    </>
  );
}
