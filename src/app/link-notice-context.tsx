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
        <Alert tone="warning" title="This link carried a secret: treat it as leaked">
          <p>
            The parameter{notice.removedSecrets.length > 1 ? 's' : ''} {notice.removedSecrets.map((name) => `“${name}”`).join(', ')} looked like a
            token, password or secret. The wizard did not use {notice.removedSecrets.length > 1 ? 'them' : 'it'} and removed{' '}
            {notice.removedSecrets.length > 1 ? 'them' : 'it'} from the address bar. It is <strong>still in this browser’s history</strong>, and
            whoever sent or forwarded the link has seen it.
          </p>
          <p>
            <strong>What to do:</strong> rotate the secret: in authentik, delete the token under Directory › Tokens and App passwords and create a new
            one (for a client secret, generate a new one on the provider). Then clear the link from the history: in Chromium, History › Delete
            browsing data (Ctrl+Shift+Delete), or delete this entry under History (Ctrl+H). Tokens are only ever pasted into the Connect step.
          </p>
        </Alert>
      ) : null}
      {notice.removedUnknown.length > 0 ? (
        <Alert tone="info" title="Parts of this link were ignored">
          <p>
            The wizard does not use {notice.removedUnknown.map((name) => `“${name}”`).join(', ')}, so{' '}
            {notice.removedUnknown.length > 1 ? 'they were' : 'it was'} removed from the address bar. Everything the wizard knows from the link is
            filled in below.
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
