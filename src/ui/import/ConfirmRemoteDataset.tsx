// Asks before a link loads a dataset from another origin (that site would see the request): the
// origin and the full URL are shown as text; the default dataset is the safe answer.
import { useId, useRef } from 'react';
import { useFocusTrap } from '../useFocusTrap';
import { useImportT } from './useImportT';

export interface ConfirmRemoteDatasetProps {
  /** The manifest URL (from resolveDatasetUrl). */
  readonly url: string;
  readonly origin: string;
  onConfirm(): void;
  onDecline(): void;
}

export function ConfirmRemoteDataset({
  url,
  origin,
  onConfirm,
  onDecline,
}: ConfirmRemoteDatasetProps) {
  const t = useImportT();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, true, onDecline);
  return (
    <div className="import-backdrop">
      <div
        ref={dialog}
        className="import-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        data-testid="confirm-remote-dataset"
      >
        <h2 id={`${id}-title`}>{t('remoteTitle')}</h2>
        <p id={`${id}-body`}>{t('remoteBody', { origin })}</p>
        <p className="import-examples">{url}</p>
        <div className="import-actions">
          <button type="button" className="text-button" autoFocus onClick={onDecline}>
            {t('remoteDefault')}
          </button>
          <button type="button" className="text-button" onClick={onConfirm}>
            {t('remoteOpen')}
          </button>
        </div>
      </div>
    </div>
  );
}
