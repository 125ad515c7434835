import { createBrowserRouter, type RouteObject } from 'react-router';
import { CatalogPage } from '../features/catalog/catalog-page';
import type { CatalogEntry } from '../features/wizard/engine/types';
import { ROUTE_IDS } from '../features/wizard/route-ids';
import { STEP_SCREENS } from '../features/wizard/step-routes';
import { STEPS, type StepHandle } from '../features/wizard/steps';
import { Layout, LayoutFallback } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

const lazyPage =
  <T,>(load: () => Promise<T>, pick: (module: T) => React.ComponentType) =>
  () =>
    load().then((module) => ({ Component: pick(module) }));

/**
 * Created once the address-bar guard has run (main.tsx). Feature screens and each app's
 * definition load on demand, so the first page stays small (see .ci/size.mjs).
 */
export function createAppRouter(catalog: readonly CatalogEntry[]) {
  return createBrowserRouter(appRoutes(catalog), { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
}

/** The routes, for the browser's router and for the build's first screens (src/app/prerender.tsx). */
export function appRoutes(catalog: readonly CatalogEntry[]): RouteObject[] {
  const steps: RouteObject[] = STEPS.map((step) => ({
    ...(step.path === undefined ? { index: true as const } : { path: step.path }),
    handle: { step: step.id } satisfies StepHandle,
    lazy: async () => ({ Component: await STEP_SCREENS[step.id]() }),
    errorElement: <RouteError />,
  }));
  return [
    {
      id: ROUTE_IDS.root,
      element: <Layout />,
      HydrateFallback: LayoutFallback,
      errorElement: <RouteError />,
      loader: () => catalog,
      children: [
        // The catalog is the first page most visits open: part of the entry, not one more round trip.
        { index: true, Component: CatalogPage, errorElement: <RouteError /> },
        {
          path: 'connect',
          lazy: lazyPage(
            () => import('../features/connection/connect-page'),
            (m) => m.ConnectPage,
          ),
          errorElement: <RouteError />,
        },
        {
          path: 'audit',
          lazy: lazyPage(
            () => import('../features/audit/audit-page'),
            (m) => m.AuditPage,
          ),
          errorElement: <RouteError />,
        },
        {
          id: ROUTE_IDS.wizard,
          path: ':app',
          // The definition and the engine that compiles it load only when an app is opened.
          loader: async ({ params }) => {
            const entry = catalog.find((candidate) => candidate.id === params.app);
            if (!entry) return null;
            const [{ compileIntegration }, module] = await Promise.all([import('../features/wizard/engine/compile'), entry.load()]);
            return compileIntegration({ ...entry, summary: module.summary ?? entry.summary }, module.default);
          },
          lazy: lazyPage(
            () => import('../features/wizard/wizard-layout'),
            (m) => m.WizardLayout,
          ),
          errorElement: <RouteError />,
          children: steps,
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
