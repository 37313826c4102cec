// Messages for the user that need no answer: a repaired link, a newer link version, a data note.
import { useAppStore } from '../state/AppStoreContext';
import { SHARE_MESSAGES } from './share/shareMessages';

export function Notices() {
  const lang = useAppStore((state) => state.lang);
  const notices = useAppStore((state) => state.notices);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite" data-testid="notices">
      {notices.slice(0, 5).map((notice, index) => (
        <div className="notice" key={`${notice.code}-${notice.key ?? ''}-${index}`}>
          <span>{notice.message[lang]}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={SHARE_MESSAGES.dismiss[lang]}
            onClick={() => dismiss(index)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
