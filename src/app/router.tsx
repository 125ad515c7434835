import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

const lazyPage = <T,>(load: () => Promise<T>, pick: (module: T) => React.ComponentType) => () => load().then((module) => ({ Component: pick(module) }));

// Feature screens are loaded on demand so the first page stays small (see .ci/size.mjs).
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, lazy: lazyPage(() => import('../features/catalog/catalog-page'), (m) => m.CatalogPage) },
      { path: 'connect', lazy: lazyPage(() => import('../features/connection/connect-page'), (m) => m.ConnectPage) },
      {
        path: ':app',
        lazy: lazyPage(() => import('../features/wizard/wizard-layout'), (m) => m.WizardLayout),
        children: [
          { index: true, lazy: lazyPage(() => import('../features/wizard/steps/inputs-step'), (m) => m.InputsStep) },
          { path: 'connect', lazy: lazyPage(() => import('../features/wizard/steps/connect-step'), (m) => m.ConnectStep) },
          { path: 'review', lazy: lazyPage(() => import('../features/wizard/steps/review-step'), (m) => m.ReviewStep) },
          { path: 'pair/:slug', lazy: lazyPage(() => import('../features/wizard/steps/configure-step'), (m) => m.ConfigureStep) },
          { path: 'pair/:slug/follow-up', lazy: lazyPage(() => import('../features/wizard/steps/follow-up-step'), (m) => m.FollowUpStep) },
          { path: 'pair/:slug/verify', lazy: lazyPage(() => import('../features/wizard/steps/verify-step'), (m) => m.VerifyStep) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
], { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });
