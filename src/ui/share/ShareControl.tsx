// The Share button: a popover with the link (copy with confirmation), its QR code and an embed
// snippet. The QR code is drawn locally; nothing leaves the page.
import { toDataURL } from 'qrcode';
import { useEffect, useId, useRef, useState } from 'react';
import { useFocusTrap } from '../useFocusTrap';
import { useAppStore, useAppStoreApi } from '../../state/AppStoreContext';
import { pickShareable } from '../../state/url/pickShareable';
import { embedSnippet, shareLink } from './shareLink';
import { SHARE_MESSAGES } from './shareMessages';

type CopyState = 'idle' | 'copied' | 'failed';

export function ShareControl() {
  const lang = useAppStore((state) => state.lang);
  const store = useAppStoreApi();
  const popoverId = useId();
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [qr, setQr] = useState<string>('');
  const link = open ? shareLink(window.location.href, pickShareable(store.getState())) : '';
  const text = (key: keyof typeof SHARE_MESSAGES) => SHARE_MESSAGES[key][lang];
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, open, () => setOpen(false));

  useEffect(() => {
    if (!link) return;
    let current = true;
    toDataURL(link, { margin: 1, width: 160 }).then(
      (url) => current && setQr(url),
      () => current && setQr(''),
    );
    return () => {
      current = false;
    };
  }, [link]);

  const copyLink = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );

  return (
    <div className="share">
      <button
        type="button"
        className="text-button"
        aria-label={`${text('share')} (${text('shareLabel')})`}
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => {
          setOpen(!open);
          setCopy('idle');
        }}
      >
        {text('share')}
      </button>
      {open && (
        <div
          ref={dialog}
          className="share-popover"
          id={popoverId}
          role="dialog"
          aria-modal="true"
          aria-label={text('shareLabel')}
        >
          <label>
            {text('link')}
            <input
              readOnly
              value={link}
              onFocus={(event) => event.target.select()}
              data-testid="share-link"
            />
          </label>
          <button type="button" className="text-button" onClick={copyLink}>
            {text('copy')}
          </button>
          <span role="status" aria-live="polite">
            {copy === 'copied' ? text('copied') : copy === 'failed' ? text('copyFailed') : ''}
          </span>
          {qr && <img src={qr} alt={text('qr')} width={160} height={160} />}
          <label>
            {text('embed')}
            <textarea readOnly rows={3} value={embedSnippet(link, 'Compute Atlas')} />
          </label>
        </div>
      )}
    </div>
  );
}
