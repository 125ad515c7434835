// @vitest-environment jsdom
/**
 * The review screen against a simulated authentik: the admin sees what will be created, clicks
 * Create and lands on the new pair, which authentik then holds; when authentik refuses, the
 * screen says why and keeps everything the admin entered.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet, useParams } from 'react-router';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../../app/screen-harness.support';
import { exampleInputs } from '../../../integrations/examples.support';
import { loadAll } from '../../../integrations/load-all.support';
import { unwrap } from '../../../lib/authentik/client';
import { disconnect } from '../../connection/connection-store';
import type { IntegrationDefinition } from '../engine/types';
import { ReviewStep } from './review-step';

const TRANSACTION = '/api/v3/core/transactional/applications/';
const definitions = await loadAll();
const osticket = definitions.find((definition) => definition.id === 'osticket') as IntegrationDefinition;
const { simulator, url, close } = await startSimulator();

afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
});

function PairOpened() {
  return <h1>Configure pair {useParams().slug}</h1>;
}

async function openReview(definition: IntegrationDefinition) {
  const connection = await connectTo(url, simulator.tokens.superuser);
  const search = new URLSearchParams(exampleInputs(definition));
  const router = renderRoutes(
    [
      {
        path: '/:app',
        element: <Outlet context={{ definition }} />,
        children: [
          { path: 'review', element: <ReviewStep /> },
          { path: 'pair/:slug', element: <PairOpened /> },
        ],
      },
    ],
    `/${definition.id}/review?${search}`,
  );
  return { router, search, client: connection.client, slug: definition.identity(exampleInputs(definition)).slug };
}

async function applicationSlugs(client: Awaited<ReturnType<typeof openReview>>['client']) {
  return (await unwrap(client.api.GET('/core/applications/', { params: { query: { page_size: 100 } } }))).results.map((app) => app.slug);
}

describe('reviewing and creating a pair', () => {
  it('the review lists what will be created, and Create makes the pair (authentik then holds it)', async () => {
    const { router, client, slug } = await openReview(osticket);
    expect(screen.getByRole('heading', { name: 'Review what will be created' })).toBeTruthy();
    const application = (await screen.findByRole('heading', { name: 'Application' }, { timeout: 8000 })).parentElement!;
    expect(within(application).getByText(slug)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Provider' })).toBeTruthy();
    expect(screen.getByLabelText('request JSON').textContent).toContain(`"slug": "${slug}"`);
    expect(await applicationSlugs(client)).toEqual([]);

    const create = screen.getByRole('button', { name: 'Create application and provider' });
    await waitFor(() => expect((create as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(create);

    expect(await screen.findByRole('heading', { name: `Configure pair ${slug}` }, { timeout: 10_000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/osticket/pair/${slug}`);
    expect(await applicationSlugs(client)).toEqual([slug]);
  });

  it('a failed create shows the problem, keeps the inputs and creates nothing', async () => {
    simulator.faults.add({ method: 'PUT', path: TRANSACTION, status: 400, body: { provider: { redirect_uris: ['Enter a valid URL.'] } } });
    const { router, search, client } = await openReview(osticket);
    const create = await screen.findByRole('button', { name: 'Create application and provider' });
    await waitFor(() => expect((create as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(create);

    const refused = (await screen.findByText('authentik refused some values')).closest('[role]') ?? document.body;
    expect(refused.textContent).toContain('Enter a valid URL.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/osticket/review');
    expect(new URLSearchParams(router.state.location.search).toString()).toBe(search.toString());
    expect(await applicationSlugs(client)).toEqual([]);
  });

  it('authentik rolling the request back is said plainly, with its log, and Create can be tried again', async () => {
    simulator.faults.add({ method: 'PUT', path: TRANSACTION, status: 200, body: { applied: false, logs: ['Model not valid'] }, times: 1 });
    const { client, slug } = await openReview(osticket);
    const create = await screen.findByRole('button', { name: 'Create application and provider' });
    await waitFor(() => expect((create as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(create);

    expect(await screen.findByText('authentik did not apply the request')).toBeTruthy();
    expect(screen.getByText('Model not valid')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: `Configure pair ${slug}` }, { timeout: 10_000 })).toBeTruthy();
    expect(await applicationSlugs(client)).toEqual([slug]);
  });
});
