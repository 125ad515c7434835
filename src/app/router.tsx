import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

const lazyPage = <T,>(load: () => Promise<T>, pick: (module: T) => React.ComponentType) => () => load().then((module) => ({ Component: pick(module) }));

// Feature screens are loaded on demand so the first page stays small (see .ci/size.mjs).
export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: lazyPage(() => import('../features/catalog/catalog-page'), (m) => m.CatalogPage), errorElement: <RouteError /> },
      { path: 'connect', lazy: lazyPage(() => import('../features/connection/connect-page'), (m) => m.ConnectPage), errorElement: <RouteError /> },
      {
        path: ':app',
        lazy: lazyPage(() => import('../features/wizard/wizard-layout'), (m) => m.WizardLayout),
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: lazyPage(() => import('../features/wizard/steps/inputs-step'), (m) => m.InputsStep), errorElement: <RouteError /> },
          { path: 'connect', lazy: lazyPage(() => import('../features/wizard/steps/connect-step'), (m) => m.ConnectStep), errorElement: <RouteError /> },
          { path: 'review', lazy: lazyPage(() => import('../features/wizard/steps/review-step'), (m) => m.ReviewStep), errorElement: <RouteError /> },
          { path: 'pair/:slug', lazy: lazyPage(() => import('../features/wizard/steps/configure-step'), (m) => m.ConfigureStep), errorElement: <RouteError /> },
          { path: 'pair/:slug/follow-up', lazy: lazyPage(() => import('../features/wizard/steps/follow-up-step'), (m) => m.FollowUpStep), errorElement: <RouteError /> },
          { path: 'pair/:slug/verify', lazy: lazyPage(() => import('../features/wizard/steps/verify-step'), (m) => m.VerifyStep), errorElement: <RouteError /> },
        ],
      },
      { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
    ],
  },
], { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
