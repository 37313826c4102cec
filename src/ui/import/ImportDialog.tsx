// The confirm dialog of one import: target layer (the suggestion preselected), the layer's name,
// the column mapping for generic files, licence and attribution as entered, and the checks' report.
import { LAYER_FAMILIES, LAYER_IDS, type LayerId } from '../../domain/layerFamilies';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { ColumnMapping } from '../../data/importers/suggestMapping';
import { useAppStore } from '../../state/AppStoreContext';
import type { ReadAnswer } from './importClientTypes';
import { layerChoices, type FlowMessage } from './importFlow';
import { ImportReport } from './ImportReport';
import { MappingFields } from './MappingFields';
import { TextField } from './TextField';
import { useFocusTrap } from '../useFocusTrap';
import { useImportT } from './useImportT';
import type { ImportChoice } from './useImportFlow';

export interface ImportDialogProps {
  readonly fileName: string;
  readonly preview: ReadAnswer;
  readonly busy: boolean;
  readonly message?: FlowMessage;
  onConfirm(choice: ImportChoice): void;
  onCancel(): void;
}

export function ImportDialog({
  fileName,
  preview,
  busy,
  message,
  onConfirm,
  onCancel,
}: ImportDialogProps) {
  const t = useImportT();
  const lang = useAppStore((state) => state.lang);
  const id = useId();
  const [layerId, setLayerId] = useState<LayerId>(preview.suggestedLayer);
  const [mapping, setMapping] = useState<ColumnMapping>(preview.mapping);
  const [name, setName] = useState(fileName.replace(/\.[^.]+$/, ''));
  const [licence, setLicence] = useState(preview.licence);
  const [attribution, setAttribution] = useState(preview.attribution);
  const format =
    preview.importerLabel?.[lang] ?? t(preview.format === 'csv' ? 'formatCsv' : 'formatGeojson');
  const dialog = useRef<HTMLFormElement>(null);
  useFocusTrap(dialog, true, onCancel);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onConfirm({ layerId, mapping, name, licence, attribution });
  };
  return (
    <div className="import-backdrop">
      <form
        ref={dialog}
        className="import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-busy={busy}
        onSubmit={submit}
        data-testid="import-dialog"
      >
        <h2 id={`${id}-title`}>{t('dialogTitle', { file: fileName })}</h2>
        <p>
          {t('format')}: {format}
        </p>
        <div className="import-field">
          <label htmlFor={`${id}-layer`}>{t('targetLayer')}</label>
          <select
            id={`${id}-layer`}
            name="layer"
            autoFocus
            value={layerId}
            onChange={(event) => setLayerId(event.target.value as LayerId)}
          >
            {layerChoices(LAYER_IDS, preview.suggestedLayer).map((choice) => (
              <option key={choice} value={choice}>
                {LAYER_FAMILIES[choice].label[lang]}
              </option>
            ))}
          </select>
        </div>
        <TextField label={t('layerName')} name="name" value={name} onChange={setName} />
        {preview.format !== 'importer' && preview.columns.length > 0 && (
          <MappingFields columns={preview.columns} mapping={mapping} onChange={setMapping} />
        )}
        <TextField
          label={t('licence')}
          name="licence"
          value={licence}
          onChange={setLicence}
          hint={t('licenceHint')}
        />
        <TextField
          label={t('attribution')}
          name="attribution"
          value={attribution}
          onChange={setAttribution}
        />
        <ImportReport report={preview.report} />
        {message && (
          <p className={`import-${message.tone}`} role="alert">
            {message.text[lang]}
          </p>
        )}
        <div className="import-actions">
          <button type="button" className="text-button" onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="text-button import-primary" disabled={busy}>
            {busy ? t('adding', { file: fileName }) : t('confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
