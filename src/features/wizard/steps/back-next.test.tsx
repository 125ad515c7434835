// @vitest-environment jsdom
/**
 * What the admin typed in the review's Advanced section survives going back to the first step and
 * on again, and the browser's Back and Forward, against a simulated authentik.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../../app/screen-harness.support';
import { exampleInputs } from '../../../integrations/examples.support';
import { loadAll } from '../../../integrations/load-all.support';
import { disconnect } from '../../connection/connection-store';
import type { IntegrationDefinition } from '../engine/types';
import { InputsStep } from './inputs-step';
import { ReviewStep } from './review-step';

const definitions = await loadAll();
const osticket = definitions.find((definition) => definition.id === 'osticket') as IntegrationDefinition;
const { simulator, url, close } = await startSimulator();

afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
  sessionStorage.clear();
});

async function openInputs() {
  await connectTo(url, simulator.tokens.superuser);
  const search = new URLSearchParams(exampleInputs(osticket));
  return renderRoutes(
    [
      {
        path: '/:app',
        element: <Outlet context={{ definition: osticket }} />,
        children: [
          { index: true, element: <InputsStep /> },
          { path: 'review', element: <ReviewStep /> },
        ],
      },
    ],
    `/osticket?${search}`,
  );
}

async function nameField() {
  await screen.findByRole('heading', { name: 'Review what will be created' }, { timeout: 8000 });
  return (await screen.findByLabelText('Application name', {}, { timeout: 8000 })) as HTMLInputElement;
}

describe('the Advanced section across Back and Next', () => {
  it('a typed application name and slug survive Back to the first step and Next again', async () => {
    const router = await openInputs();
    fireEvent.click(await screen.findByRole('button', { name: 'Next: review' }, { timeout: 8000 }));
    fireEvent.change(await nameField(), { target: { value: 'Staff helpdesk' } });
    fireEvent.change(screen.getByLabelText('Slug'), { target: { value: 'staff-helpdesk' } });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('app')).toBe('Staff helpdesk'));

    await router.navigate(-1);
    const next = await screen.findByRole('button', { name: 'Next: review' }, { timeout: 8000 });
    expect(new URLSearchParams(router.state.location.search).get('app')).toBeNull();
    fireEvent.click(next);

    await waitFor(() => expect((screen.getByLabelText('Application name') as HTMLInputElement).value).toBe('Staff helpdesk'), { timeout: 8000 });
    expect((screen.getByLabelText('Slug') as HTMLInputElement).value).toBe('staff-helpdesk');
    expect(new URLSearchParams(router.state.location.search).get('slug')).toBe('staff-helpdesk');
    expect(screen.getByLabelText('request JSON').textContent).toContain('"name": "Staff helpdesk"');
  });

  it('Back and Forward in the browser keep the typed name', async () => {
    const router = await openInputs();
    fireEvent.click(await screen.findByRole('button', { name: 'Next: review' }, { timeout: 8000 }));
    fireEvent.change(await nameField(), { target: { value: 'Staff helpdesk' } });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('app')).toBe('Staff helpdesk'));

    await router.navigate(-1);
    await screen.findByRole('button', { name: 'Next: review' }, { timeout: 8000 });
    await router.navigate(1);
    await waitFor(() => expect((screen.getByLabelText('Application name') as HTMLInputElement).value).toBe('Staff helpdesk'), { timeout: 8000 });
  });

  it('a name cleared back to the default is not brought back', async () => {
    const router = await openInputs();
    fireEvent.click(await screen.findByRole('button', { name: 'Next: review' }, { timeout: 8000 }));
    const name = await nameField();
    const derived = name.value;
    fireEvent.change(name, { target: { value: 'Staff helpdesk' } });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('app')).toBe('Staff helpdesk'));
    fireEvent.change(name, { target: { value: '' } });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('app')).toBeNull());

    await router.navigate(-1);
    fireEvent.click(await screen.findByRole('button', { name: 'Next: review' }, { timeout: 8000 }));
    await waitFor(() => expect(screen.getByLabelText('request JSON').textContent).toContain(`"name": "${derived}"`), { timeout: 8000 });
  });
});
