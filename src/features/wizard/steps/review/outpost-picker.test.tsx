// @vitest-environment jsdom
/**
 * Forward auth on an authentik with more than one proxy outpost: the review offers the outposts
 * (the embedded one picked by default), says what will change on the one picked, and Create adds
 * the provider to that outpost only, keeping what it served.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet, useParams } from 'react-router';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../../../app/screen-harness.support';
import { exampleInputs } from '../../../../integrations/examples.support';
import { loadAll } from '../../../../integrations/load-all.support';
import { disconnect } from '../../../connection/connection-store';
import type { IntegrationDefinition } from '../../engine/types';
import { ReviewStep } from '../review-step';

const sonarr = (await loadAll()).find((definition) => definition.id === 'sonarr') as IntegrationDefinition;
const { simulator, url, close } = await startSimulator();
const EDGE_PK = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
});

/** A second proxy outpost, as an admin would have deployed next to the embedded one. */
function addEdgeOutpost() {
  const embedded = simulator.state.outposts[0]!;
  simulator.state.outposts.push({ ...embedded, pk: EDGE_PK, name: 'Edge outpost', managed: null, providers: [], config: { ...embedded.config } });
}

function PairOpened() {
  return <h1>Configure pair {useParams().slug}</h1>;
}

async function openReview() {
  await connectTo(url, simulator.tokens.superuser);
  const search = new URLSearchParams(exampleInputs(sonarr));
  return renderRoutes(
    [
      {
        path: '/:app',
        element: <Outlet context={{ definition: sonarr }} />,
        children: [
          { path: 'review', element: <ReviewStep /> },
          { path: 'pair/:slug', element: <PairOpened /> },
        ],
      },
    ],
    `/${sonarr.id}/review?${search}`,
  );
}

const outpostLine = () => {
  const provider = screen.getByRole('heading', { name: 'Provider' }).parentElement!;
  return within(provider).getByText(/^Adds “Provider for Sonarr” to/).textContent;
};

describe('picking the outpost for a forward-auth pair', () => {
  it('with one proxy outpost there is nothing to pick: the embedded outpost is used', async () => {
    await openReview();
    await screen.findByRole('heading', { name: 'Provider' }, { timeout: 8000 });
    expect(screen.queryByRole('heading', { name: 'Outpost' })).toBeNull();
    expect(outpostLine()).toBe('Adds “Provider for Sonarr” to “authentik Embedded Outpost”.');
  });

  it('the admin picks another outpost; the review says so and Create attaches the provider there only', async () => {
    addEdgeOutpost();
    const router = await openReview();
    const picker = (await screen.findByRole('heading', { name: 'Outpost' }, { timeout: 8000 })).parentElement!;
    const embedded = within(picker).getByRole('radio', { name: /authentik Embedded Outpost \(embedded, the default\)/ }) as HTMLInputElement;
    const edge = within(picker).getByRole('radio', { name: /Edge outpost/ }) as HTMLInputElement;
    expect(embedded.checked).toBe(true);
    expect(outpostLine()).toBe('Adds “Provider for Sonarr” to “authentik Embedded Outpost”.');

    fireEvent.click(edge);
    await waitFor(() => expect(outpostLine()).toBe('Adds “Provider for Sonarr” to “Edge outpost”.'));
    expect(edge.checked).toBe(true);
    expect(within(picker).getByText(/Will change:/).parentElement!.textContent).toContain('to “Edge outpost”');
    // By name in the address bar: a shared link picks the same outpost on a colleague's authentik.
    expect(new URLSearchParams(router.state.location.search).get('outpost')).toBe('Edge outpost');

    const create = screen.getByRole('button', { name: 'Create application and provider' });
    await waitFor(() => expect((create as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(create);
    await screen.findByRole('heading', { name: /^Configure pair / }, { timeout: 10_000 });

    const provider = simulator.state.providers.find((entry) => entry.name === 'Provider for Sonarr')!;
    const [embeddedNow, edgeNow] = [simulator.state.outposts[0]!, simulator.state.outposts.find((outpost) => outpost.pk === EDGE_PK)!];
    expect(edgeNow.providers).toEqual([provider.pk]);
    expect(embeddedNow.providers).toEqual([]);
  });
});
