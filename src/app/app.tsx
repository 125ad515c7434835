import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { Announcer } from '../components/ui/announcer';
import { restoreRememberedConnection } from '../features/connection/restore-connection';
import { IntegrationRegistryProvider } from '../features/wizard/engine/registry-context';
import type { LinkNotice } from './link-guard';
import { LinkNoticeContext } from './link-notice-context';
import { router } from './router';

const integrations = import('../integrations/registry').then((module) => module.integrations);

void restoreRememberedConnection();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

export function App(props: { linkNotice: LinkNotice | null }) {
  return (
    <QueryClientProvider client={queryClient}>
      <IntegrationRegistryProvider integrations={integrations}>
        <LinkNoticeContext value={props.linkNotice}>
          <RouterProvider router={router} />
        </LinkNoticeContext>
        <Announcer />
      </IntegrationRegistryProvider>
    </QueryClientProvider>
  );
}
