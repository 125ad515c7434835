import { createContext, useContext, useState } from 'react';
import { Alert } from '../components/ui/alert';
import type { LinkNotice } from './link-guard';

export const LinkNoticeContext = createContext<LinkNotice | null>(null);

/** Tells the admin what the wizard removed from the link they opened. */
export function LinkNoticeBanner() {
  const notice = useContext(LinkNoticeContext);
  const [dismissed, setDismissed] = useState(false);
  if (!notice || dismissed) return null;
  return (
    <div className="page notice">
      {notice.removedSecrets.length > 0 ? (
        <Alert tone="warning" title="This link carried a secret, and the wizard removed it">
          <p>
            The parameter{notice.removedSecrets.length > 1 ? 's' : ''} {notice.removedSecrets.map((name) => `“${name}”`).join(', ')} looked like a token or password. It was not
            used and is gone from the address bar and the browser history. Tokens are only ever pasted into the Connect step. Whoever made the link should treat that
            secret as leaked and replace it.
          </p>
        </Alert>
      ) : null}
      {notice.degraded ? (
        <Alert tone="warning" title={notice.degraded === 'too-long' ? 'This link was too long to use' : 'This link was damaged'}>
          <p>Its values were not read, so the form starts empty. Ask for the link again, or type the values.</p>
        </Alert>
      ) : null}
      <button type="button" className="button-ghost button-small" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
