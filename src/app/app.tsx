import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { Announcer } from '../components/ui/announcer';
import { restoreRememberedConnection } from '../features/connection/restore-connection';
import type { LinkNotice } from './link-guard';
import { LinkNoticeContext } from './link-notice-context';
import type { createAppRouter } from './router';

void restoreRememberedConnection();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

export function App(props: { linkNotice: LinkNotice | null; router: ReturnType<typeof createAppRouter> }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LinkNoticeContext value={props.linkNotice}>
        <RouterProvider router={props.router} />
      </LinkNoticeContext>
      <Announcer />
    </QueryClientProvider>
  );
}
