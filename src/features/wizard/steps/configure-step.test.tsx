// @vitest-environment jsdom
/**
 * The configuration screen against a simulated authentik: a copy button for every value the admin
 * types or pastes into the app, and none for an option picked from a list (shown as “Select …”).
 */
import { cleanup, screen, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../../app/screen-harness.support';
import { exampleInputs, roundTripValues } from '../../../integrations/examples.support';
import { loadAll } from '../../../integrations/load-all.support';
import { capabilities } from '../../../lib/authentik/releases';
import { disconnect } from '../../connection/connection-store';
import { createOnce } from '../api/create-pair';
import { patchProvider } from '../api/pair';
import { discover } from '../api/discovery';
import { resolveContext } from '../engine/resolve-context';
import type { IntegrationDefinition } from '../engine/types';
import { ConfigureStep } from './configure-step';

const definitions = await loadAll();
const osticket = definitions.find((definition) => definition.id === 'osticket') as IntegrationDefinition;
const youtrack = definitions.find((definition) => definition.id === 'youtrack') as IntegrationDefinition;
const { simulator, url, close } = await startSimulator();

afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
});

async function openConfigure(definition: IntegrationDefinition, options: { writeBack?: boolean } = {}) {
  const { client } = await connectTo(url, simulator.tokens.superuser);
  const inputs = exampleInputs(definition);
  const release = capabilities(simulator.release);
  const context = resolveContext(definition, await discover(client, definition, release), {}, { release, base: url }).context!;
  const identity = definition.identity(inputs);
  const pair = await createOnce(client, { definition, inputs, identity, context }, false);
  if (options.writeBack) {
    const followUp = definition.followUp!;
    await patchProvider(client, pair, followUp.patch(followUp.schema(pair).parse(roundTripValues(definition, pair))));
  }
  renderRoutes(
    [{ path: '/:app', element: <Outlet context={{ definition }} />, children: [{ path: 'pair/:slug', element: <ConfigureStep /> }] }],
    `/${definition.id}/pair/${identity.slug}?${new URLSearchParams(inputs)}`,
  );
  await screen.findByRole('heading', { name: `Configure ${definition.name}` }, { timeout: 8000 });
}

describe('the configuration screen', () => {
  it('osTicket: copy buttons only for typed values; its dropdowns and toggles read “Select …”', async () => {
    await openConfigure(osticket);
    const perValue = screen
      .getAllByRole('button', { name: /^Copy / })
      .filter((button) => !['Copy all as text', 'Copy share link'].includes(button.getAttribute('aria-label') ?? ''));
    expect(perValue.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Copy Name',
      'Copy Name',
      'Copy Authentication Label',
      'Copy Redirect URI',
      'Copy Client Id',
      'Copy Client Secret',
      'Copy Authorization Endpoint',
      'Copy Token Endpoint',
      'Copy Resource Details Endpoint',
      'Copy Scopes',
      'Copy User Identifier',
      'Copy Given Name',
      'Copy Email Address',
    ]);
    const target = screen.getByText('Authentication Target').closest('.copy-field') as HTMLElement;
    expect(target.textContent).toContain('Select Agents Only');
    expect(within(target).queryByRole('button')).toBeNull();
    const backend = screen.getByText('Authentication Backend').closest('.copy-field') as HTMLElement;
    expect(backend.textContent).toContain('Select Use any available backend');
  });

  it('one primary button per state: the write-back first, then (once written back) only Verify', async () => {
    const primaries = () => [...document.querySelectorAll('.button-primary')].map((element) => element.textContent);
    await openConfigure(youtrack);
    expect(primaries()).toEqual([`Next: ${youtrack.followUp!.title}`]);
    cleanup();
    simulator.reset();
    await openConfigure(youtrack, { writeBack: true });
    expect(primaries()).toEqual(['Next: verify']);
    expect(screen.getByRole('link', { name: 'Review the values written back' }).className).toBe('button-secondary');
  });
});
