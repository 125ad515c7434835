/**
 * Forward auth, as an admin meets it: an authentik whose embedded outpost already serves one app
 * gets Sonarr through the wizard. The outpost then serves both, the configuration screen gives the
 * nginx, Traefik and Caddy blocks with copy buttons, the pair verifies, and a proxy pair someone made
 * by hand without adding it to an outpost is flagged by the audit.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Simulator } from 'authentik-simulator';
import { expect, test } from './support/fixtures';
import { openVerification } from './support/verify-page';
import { connect, createPairThroughWizard } from './support/wizard';

/** A proxy pair made through authentik's API, as authentik's own wizard (or a colleague) would have made it. */
async function seedProxyPair(simulator: Simulator, authentikUrl: string, slug: string): Promise<number> {
  const flow = (wanted: string) => simulator.state.flows.find((entry) => entry.slug === wanted)!.pk;
  const response = await fetch(`${authentikUrl}/api/v3/core/transactional/applications/`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${simulator.tokens.superuser}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      app: { name: `Hand-made ${slug}`, slug, meta_launch_url: `https://${slug}.company` },
      provider_model: 'authentik_providers_proxy.proxyprovider',
      provider: {
        name: `Provider for ${slug}`,
        authorization_flow: flow('default-provider-authorization-implicit-consent'),
        invalidation_flow: flow('default-provider-invalidation-flow'),
        mode: 'forward_single',
        external_host: `https://${slug}.company`,
      },
    }),
  });
  expect(response.status).toBe(200);
  return simulator.state.providers.find((provider) => provider.name === `Provider for ${slug}`)!.pk;
}

async function attachToEmbedded(simulator: Simulator, authentikUrl: string, providers: number[]) {
  const embedded = simulator.state.outposts[0]!;
  const response = await fetch(`${authentikUrl}/api/v3/outposts/instances/${embedded.pk}/`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${simulator.tokens.superuser}`, 'content-type': 'application/json' },
    // The outpost knows authentik's address, as a working install's embedded outpost does.
    body: JSON.stringify({ providers, config: { ...embedded.config, authentik_host: authentikUrl } }),
  });
  expect(response.status).toBe(200);
}

test('Sonarr joins the embedded outpost next to an app it served, and a hand-made pair on no outpost is flagged', async ({
  page,
  simulator,
  authentikUrl,
}) => {
  const status = await seedProxyPair(simulator, authentikUrl, 'status');
  await attachToEmbedded(simulator, authentikUrl, [status]);

  await createPairThroughWizard(page, {
    app: 'Sonarr',
    inputs: { 'Sonarr URL': 'https://sonarr.company', 'Internal host': 'http://sonarr:8989' },
    authentikUrl,
    token: simulator.tokens.superuser,
  });
  const sonarr = simulator.state.providers.find((provider) => provider.name === 'Provider for Sonarr')!;
  // The provider that was there is still there.
  expect(simulator.state.outposts[0]!.providers).toEqual([status, sonarr.pk]);
  await expect(page.getByText(/“authentik Embedded Outpost”/).first()).toBeVisible();

  for (const server of ['nginx', 'Traefik (Docker labels)', 'Traefik (file provider)', 'Caddy']) {
    const region = page.getByRole('region', { name: server, exact: true });
    await expect(region.getByRole('button', { name: `Copy all of ${server}`, exact: true })).toBeVisible();
    // Proxy mode: each server sends Sonarr's host to the outpost, which answers on authentik's address.
    const snippet = region.locator('pre').first();
    await expect(snippet).toContainText('sonarr.company');
    await expect(snippet).toContainText(new URL(authentikUrl).host);
  }
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);

  expect(await openVerification(page, 'Sonarr')).toMatch(/^\d+ passed, 0 warnings, 0 failed, 0 could not check$/);

  // Someone makes a proxy pair by hand and forgets the outpost.
  await seedProxyPair(simulator, authentikUrl, 'forgotten');
  await connect(page, authentikUrl, simulator.tokens.superuser);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  const row = page.getByTestId('audit-row-forgotten');
  await expect(row).toHaveAttribute('data-status', 'fail');
  await expect(row).toContainText('No outpost serves this provider');
  await expect(page.getByTestId('audit-row-sonarr')).toHaveAttribute('data-status', 'pass');
});
