// The address-bar guard runs first (link-notice), so the router only ever reads a cleaned address.
import { linkNotice } from './app/link-notice';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { catalog } from './integrations/registry';
import './app/styles.css';

const router = createAppRouter(catalog);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// An app's first screen written by the build (src/server/build/first-screens.ts) stays on screen
// until the router has what that page needs; then React draws the same page, live, over it.
const firstScreen = root.dataset.firstScreen;
const drawn = firstScreen !== undefined && firstScreen === (router.state.location.pathname.replace(/(.)\/+$/, '$1') || '/');
if (firstScreen !== undefined && !drawn) root.replaceChildren();
void (drawn ? initialized(router) : Promise.resolve()).then(() =>
  // A transition: React renders the first page in slices of a few milliseconds, so loading never
  // blocks input for long (measured as Lighthouse's total blocking time, npm run lighthouse).
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App linkNotice={linkNotice} router={router} />
      </StrictMode>,
    ),
  ),
);

function initialized(appRouter: typeof router): Promise<void> {
  return new Promise((resolve) => {
    if (appRouter.state.initialized) return resolve();
    const stop = appRouter.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}
