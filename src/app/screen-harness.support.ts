/**
 * For route-level screen tests: connect to an in-process simulated authentik the way the Connect
 * form does, and render screens inside a memory router with the app's query defaults.
 */
import './node-buffers.support';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createElement } from 'react';
import { createSimulator, type SimulatorOptions } from 'authentik-simulator';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { Announcer } from '../components/ui/announcer';
import { checkConnection } from '../features/connection/check-connection';
import { setConnection } from '../features/connection/connection-store';

/** Starts a simulated authentik on a free loopback port, in the test's own process. */
export async function startSimulator(options: SimulatorOptions = {}) {
  const simulator = createSimulator(options);
  const listening = await simulator.listen(0);
  return { simulator, url: listening.url, close: listening.close };
}

/** Checks the token against authentik and keeps the connection, as "Connect" does (not remembered). */
export async function connectTo(base: string, token: string) {
  const connection = await checkConnection({ base, token, proxy: null, isDemo: false, remember: false });
  setConnection(connection);
  return connection;
}

/** Renders the routes at `entry` with a fresh query cache; returns the router to read where the screen went. */
export function renderRoutes(routes: RouteObject[], entry: string) {
  const router = createMemoryRouter(routes, { initialEntries: [entry] });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 }, mutations: { retry: false } },
  });
  render(createElement(QueryClientProvider, { client: queryClient }, createElement(RouterProvider, { router }), createElement(Announcer)));
  return router;
}
