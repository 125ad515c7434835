import { createBrowserRouter } from 'react-router';
import { Layout } from './layout';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';

// Feature screens are loaded on demand so the first page stays small (see .ci/size.mjs).
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'connect', lazy: () => import('../features/connection/connect-page').then((m) => ({ Component: m.ConnectPage })) },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
