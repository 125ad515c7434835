// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthentikApiError } from '../lib/authentik/problem';
import { RouteError } from './route-error';

afterEach(cleanup);

function Boom(props: { error: unknown }): never {
  throw props.error;
}

function openFailingStep(error: unknown, at = '/osticket/review?url=https%3A%2F%2Fosticket.example&ak=https%3A%2F%2Fauthentik.company') {
  // React reports render errors on the console; the screen is what the admin sees.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>catalog</p>, errorElement: <RouteError /> },
      { path: '/:app/review', element: <Boom error={error} />, errorElement: <RouteError /> },
    ],
    { initialEntries: [at] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('a screen that fails shows a friendly error, never React Router’s stack trace', () => {
  it('an unexpected error says so plainly, without its message or stack, and the ways back keep what was typed', () => {
    openFailingStep(new TypeError("Cannot read properties of undefined (reading 'username') at ConnectionSummary"));
    expect(screen.getByRole('alert').textContent).toContain('This screen could not be shown');
    expect(document.body.textContent).not.toContain('Cannot read properties');
    expect(document.body.textContent).not.toContain('Unexpected Application Error');
    expect(document.body.textContent).toContain('Nothing you typed is lost');
    const back = screen.getByRole('link', { name: 'Back to the list of apps' });
    expect(back.getAttribute('href')).toBe('/?url=https%3A%2F%2Fosticket.example&ak=https%3A%2F%2Fauthentik.company');
    const reload = screen.getByRole('link', { name: 'Reload this step' });
    expect(reload.getAttribute('href')).toBe('/osticket/review?url=https%3A%2F%2Fosticket.example&ak=https%3A%2F%2Fauthentik.company');
  });

  it('an authentik problem is explained with what to do', () => {
    openFailingStep(new AuthentikApiError({ kind: 'not-authentik', status: 200, contentType: 'application/json', shape: '/api/v3/core/users/me/' }));
    expect(screen.getByRole('alert').textContent).toContain('This does not look like authentik at authentik');
    expect(screen.getByRole('alert').textContent).toContain('What to do: Check the address.');
  });
});
