// @vitest-environment jsdom
/**
 * authentik refuses a value the admin typed (osTicket's redirect URI, built from its URL): the
 * refusal is routed to the field that owns it and shown there, with the value kept.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ownerOf } from '../features/wizard/engine/error-owners';
import type { IntegrationDefinition } from '../features/wizard/engine/types';
import { InputsStep } from '../features/wizard/steps/inputs-step';
import { loadAll } from '../integrations/load-all.support';

const integrations = await loadAll();

afterEach(cleanup);

const osticket = integrations.find((definition) => definition.id === 'osticket') as IntegrationDefinition;

function openInputsWith(serverErrors: Record<string, string>) {
  const router = createMemoryRouter(
    [{ path: '/:app', element: <Outlet context={{ definition: osticket }} />, children: [{ index: true, element: <InputsStep /> }] }],
    { initialEntries: [{ pathname: '/osticket', search: '?url=https%3A%2F%2Fosticket.example', state: { serverErrors } }] },
  );
  render(<RouterProvider router={router} />);
}

describe('a value authentik refused is shown on the input it came from', () => {
  it('a refused redirect URI lands on the osTicket URL field, marked invalid, with the value kept', async () => {
    const message = 'Enter a valid URL: redirect URIs must be https.';
    const owner = ownerOf(osticket, 'provider.redirect_uris.0.url');
    expect(owner).toEqual({ kind: 'input', input: 'url' });
    if (owner.kind !== 'input') return;
    openInputsWith({ [owner.input]: message });

    const field = screen.getByLabelText('osTicket URL') as HTMLInputElement;
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.value).toBe('https://osticket.example');
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const described = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toContain(message);
    expect(document.activeElement).toBe(field);
  });

  it('a field authentik did not refuse stays as it was', async () => {
    openInputsWith({});
    const field = screen.getByLabelText('osTicket URL') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('https://osticket.example'));
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});
