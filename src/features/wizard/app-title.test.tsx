// @vitest-environment jsdom
/**
 * “Another app”: once the admin typed the app's name, the later steps call it by that name — the
 * step list, the side panel and the configuration screen's heading — against a simulated
 * authentik. A catalog app keeps its own name.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../app/screen-harness.support';
import { exampleInputs } from '../../integrations/examples.support';
import { loadAll } from '../../integrations/load-all.support';
import { capabilities } from '../../lib/authentik/releases';
import { disconnect } from '../connection/connection-store';
import { createOnce } from './api/create-pair';
import { discover } from './api/discovery';
import { resolveContext } from './engine/resolve-context';
import type { IntegrationDefinition } from './engine/types';
import { ROUTE_IDS } from './route-ids';
import { ConfigureStep } from './steps/configure-step';
import { InputsStep } from './steps/inputs-step';
import { WizardLayout } from './wizard-layout';

const definitions = await loadAll();
const byId = (id: string) => definitions.find((definition) => definition.id === id) as IntegrationDefinition;
const { simulator, url, close } = await startSimulator();

afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
});

async function open(definition: IntegrationDefinition, inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const { client } = await connectTo(url, simulator.tokens.superuser);
  const release = capabilities(simulator.release);
  const context = resolveContext(definition, await discover(client, definition, release), {}, { release, base: url }).context!;
  const identity = { ...definition.identity(inputs), ...(extra.app ? { name: extra.app } : {}) };
  await createOnce(client, { definition, inputs, identity, context }, false);
  const search = new URLSearchParams({ ...inputs, ...extra });
  renderRoutes(
    [
      {
        id: ROUTE_IDS.wizard,
        path: '/:app',
        loader: () => definition,
        element: <WizardLayout />,
        children: [
          { index: true, element: <InputsStep />, handle: { step: 'inputs' } },
          { path: 'pair/:slug', element: <ConfigureStep />, handle: { step: 'configure' } },
        ],
      },
    ],
    `/${definition.id}/pair/${identity.slug}?${search}`,
  );
}

const steps = () => within(screen.getByRole('navigation', { name: 'Wizard steps' }));

describe('the name typed for “Another app”', () => {
  it.each(['generic-oidc', 'generic-saml'])('%s: the configuration screen, the step list and the side panel use it', async (id) => {
    const definition = byId(id);
    await open(definition, { ...exampleInputs(definition), name: 'Team Wiki' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Configure Team Wiki' }, { timeout: 8000 })).toBeTruthy();
    const current = steps().getByText('Configure Team Wiki').closest('li')!;
    expect(current.getAttribute('aria-current')).toBe('step');
    expect(current.dataset.status).toBe('current');
    expect(
      steps()
        .getAllByRole('listitem')
        .filter((item) => item.getAttribute('aria-current') !== null),
    ).toHaveLength(1);
    expect(steps().getByText('Review and create').closest('li')!.dataset.status).toBe('done');
    expect(screen.queryByText(new RegExp(`Configure ${definition.name.replace(/[()]/g, '\\$&')}`))).toBeNull();
    expect(document.querySelector('.wizard-app')?.textContent).toBe(`Team Wiki${definition.name}`);
    expect(screen.getByText(/Enter these values in Team Wiki/)).toBeTruthy();
  });

  it('the name set under Advanced is the one authentik got, so it wins', async () => {
    const definition = byId('generic-oidc');
    await open(definition, { ...exampleInputs(definition), name: 'Team Wiki' }, { app: 'Staff Wiki' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Configure Staff Wiki' }, { timeout: 8000 })).toBeTruthy();
  });

  it('a catalog app keeps its own name, whatever the application is called', async () => {
    const definition = byId('osticket');
    await open(definition, exampleInputs(definition), { app: 'Staff helpdesk' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Configure osTicket' }, { timeout: 8000 })).toBeTruthy();
    expect(steps().getByText('Configure osTicket')).toBeTruthy();
  });
});
