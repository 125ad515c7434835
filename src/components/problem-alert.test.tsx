// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkConnection } from '../features/connection/check-connection';
import { detectProxy } from '../lib/authentik/mode';
import { DEPLOYMENT_GUIDE_URL } from '../lib/authentik/problem-messages';
import { ProblemAlert } from './problem-alert';
import { freePort as closedPort } from '../server/free-port';

afterEach(cleanup);

describe('a wizard served with no way to reach authentik says how to run it so that it can', () => {
  it('connecting from a page without the local proxy, on another origin, without CORS, explains the three deployments with their guide', async () => {
    const base = `http://127.0.0.1:${await closedPort()}`;
    // What the Connect step does: no proxy answers on this page's origin, so the call goes direct.
    const proxy = await detectProxy();
    expect(proxy).toBeNull();
    const failure = await checkConnection({ base, token: 'a-token', proxy, isDemo: false, remember: false }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ problem: { kind: 'network', mode: 'direct' } });

    render(<ProblemAlert error={failure} host="127.0.0.1" />);
    const alert = screen.getByTestId('problem-network');
    expect(alert.textContent).toContain('No answer from 127.0.0.1');
    expect(alert.textContent).toContain(`this page (${location.origin}) is served without the wizard’s local proxy`);
    const ways = within(screen.getByTestId('deployments')).getAllByRole('listitem');
    expect(ways.map((way) => way.querySelector('strong')?.textContent)).toEqual([
      'Run it on your computer.',
      'Serve it from authentik’s own origin.',
      'Keep it here, and allow this origin in front of authentik.',
    ]);
    expect(ways[0]?.textContent).toContain('npx authentik-integration-wizard');
    expect(ways[1]?.textContent).toContain('--base=/integration-wizard/');
    expect(ways[2]?.textContent).toContain(`Access-Control-Allow-Origin for ${location.origin}`);
    const links = within(alert).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'docs/deployment.md § 1, Local proxy',
      'docs/deployment.md § 2, Served from authentik’s own origin',
      'docs/deployment.md § 3, Direct, with CORS added in front of authentik',
    ]);
    for (const link of links) expect(link.getAttribute('href')).toBe(DEPLOYMENT_GUIDE_URL);
    expect(DEPLOYMENT_GUIDE_URL).toMatch(/deployment\.md$/);
  });
});
