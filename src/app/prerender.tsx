/**
 * The build's first screens (src/server/build/first-screens.ts): the catalog and each app's first
 * step rendered to HTML with the routes the browser uses, so `/<app>` paints its page before any script has run.
 * The browser then renders the same page over it (main.tsx). Loaded only by the build, in Node.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { entries } from 'virtual:app-catalog';
import { catalog } from '../integrations/registry';
import { LinkNoticeContext } from './link-notice-context';
import { appRoutes } from './router';

/** The catalog, and every app's first step with the folder whose definition it loads. */
export const firstScreens: readonly { path: string; folder?: string }[] = [
  { path: '/' },
  ...entries.map((entry) => ({ path: `/${entry.id}`, folder: entry.folder })),
];

/** The page at `path` (below the build's base, e.g. /integration-wizard/) as the markup inside #root. */
export async function renderFirstScreen(path: string, base = '/'): Promise<string> {
  const basename = base.replace(/\/$/, '') || '/';
  const handler = createStaticHandler(appRoutes(catalog), { basename });
  const context = await handler.query(new Request(`http://localhost${basename === '/' ? '' : basename}${path}`));
  if (context instanceof Response) throw new Error(`${path} answers with a redirect, not a page.`);
  const router = createStaticRouter(handler.dataRoutes, context);
  // prerender, unlike renderToString, waits for what the page suspends on (its lazy parts).
  const failures: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <LinkNoticeContext value={null}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </LinkNoticeContext>
      </QueryClientProvider>
    </StrictMode>,
    // One piece: a large Suspense boundary would otherwise be moved behind an inline script, which
    // the wizard's Content-Security-Policy forbids.
    { onError: (error) => void failures.push(error), progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  // A part that fails here would be left to the browser: the build says so instead.
  if (failures.length > 0) throw new Error(`${path} could not be rendered: ${String(failures[0])}`, { cause: failures[0] });
  const html = await new Response(prelude).text();
  if (/<script\b/i.test(html)) throw new Error(`${path} renders an inline script, which the Content-Security-Policy forbids.`);
  return html;
}
