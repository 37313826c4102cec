// While a file is parsed in the worker: a spinner, the file name and a cancel button.
import { useImportT } from './useImportT';

export function ImportProgress({ fileName, onCancel }: { fileName: string; onCancel(): void }) {
  const t = useImportT();
  return (
    <div className="import-toast" role="status" aria-live="polite" data-testid="import-progress">
      <span className="import-spinner" aria-hidden="true" />
      <span>{t('reading', { file: fileName })}</span>
      <button
        type="button"
        className="text-button"
        aria-label={t('cancelImport')}
        onClick={onCancel}
      >
        {t('cancel')}
      </button>
    </div>
  );
}
