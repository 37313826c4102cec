// The outcome of the last import (added, cancelled, refused with its reason), until dismissed.
import { useAppStore } from '../../state/AppStoreContext';
import type { FlowMessage } from './importFlow';
import { useImportT } from './useImportT';

export function ImportStatus({ message, onDismiss }: { message: FlowMessage; onDismiss(): void }) {
  const t = useImportT();
  const lang = useAppStore((state) => state.lang);
  return (
    <div
      className={`import-toast import-${message.tone}`}
      role={message.tone === 'error' ? 'alert' : 'status'}
      data-testid="import-status"
    >
      <span>{message.text[lang]}</span>
      <button type="button" className="icon-button" aria-label={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
