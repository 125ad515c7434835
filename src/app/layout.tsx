import { Suspense, type ReactNode } from 'react';
import { Link, Outlet, useNavigation } from 'react-router';
import { assetUrl } from '../lib/asset-url';
import { displayHost } from '../lib/authentik/base-url';
import { disconnect, useConnection } from '../features/connection/connection-store';
import { LinkNoticeBanner } from './link-notice-context';
import { useStepFocus } from './use-step-focus';

export function Layout() {
  const navigation = useNavigation();
  useStepFocus();
  return (
    <Frame busy={navigation.state === 'loading'}>
      <LinkNoticeBanner />
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Outlet />
      </Suspense>
    </Frame>
  );
}

/**
 * The first load of a page whose screen or data loads on demand (an app's definition, the audit):
 * the same frame at once, with a status where the screen comes.
 */
export function LayoutFallback() {
  return (
    <Frame busy>
      <p role="status">Loading…</p>
    </Frame>
  );
}

/** Every page's frame: the skip link, the top bar and the main region. */
function Frame(props: { busy: boolean; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Topbar />
      <main id="main" tabIndex={-1} aria-busy={props.busy}>
        {props.children}
      </main>
    </>
  );
}

function Topbar() {
  const connection = useConnection();
  return (
    <header className="topbar">
      <Link to="/" className="brand">
        <img src={assetUrl('favicon.svg')} alt="" width="24" height="24" />
        <span>authentik integration wizard</span>
      </Link>
      <div className="topbar-status" aria-live="polite">
        {connection ? (
          <>
            <span className={connection.isDemo ? 'badge badge-demo' : 'badge badge-ok'}>{connection.isDemo ? 'Demo (simulated)' : 'Connected'}</span>
            <span className="topbar-who">
              {connection.user.username} @ {displayHost(connection.client.target.base)}
            </span>
            <button type="button" className="button-ghost button-small" onClick={() => disconnect()}>
              Disconnect
            </button>
          </>
        ) : (
          <span className="badge">Not connected</span>
        )}
      </div>
    </header>
  );
}
