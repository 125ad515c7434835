import { test, expect } from './support/fixtures';

/** An app's own inputs and the wizard's own choices never share a name in the address bar. */
test.describe('An app’s inputs keep their own names', () => {
  test('Gitea’s Authentication Name and the application name are two fields: both arrive where they belong', async ({
    page,
    simulator,
    authentikUrl,
  }) => {
    await page.goto('/gitea');
    await page.getByLabel('Gitea URL', { exact: true }).fill('https://git.example.com');
    await page.getByLabel('Authentication Name', { exact: true }).fill('company-sso');
    await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await page.getByText('Advanced: name, slug, flows and signing key').click();
    await page.getByLabel('Application name', { exact: true }).fill('Code forge');
    // The callback path follows the Authentication Name only: renaming the application leaves it.
    await expect(page.getByText('https://git.example.com/user/oauth2/company-sso/callback').first()).toBeVisible();
    await page.getByRole('button', { name: 'Create application and provider' }).click();
    await page.getByRole('heading', { name: 'Configure Gitea' }).waitFor();

    const app = simulator.state.applications.find((candidate) => candidate.name === 'Code forge');
    expect(app).toBeDefined();
    const provider = simulator.state.providers.find((candidate) => candidate.pk === app!.provider);
    if (provider?.kind !== 'oauth2') throw new Error('expected an OAuth2 provider');
    expect(provider.name).toBe('Provider for Code forge');
    expect(provider.redirect_uris.map((uri) => uri.url)).toEqual(['https://git.example.com/user/oauth2/company-sso/callback']);
    await expect(page.getByRole('region', { name: 'Add Authentication Source' })).toContainText('company-sso');
  });

  test('a taken provider name is named as such, and its fix changes only the application name', async ({ page, simulator, authentikUrl }) => {
    // Made by hand earlier, through the API: an application "Old Git" whose provider is called "Provider for Gitea".
    const flow = (designation: string) => simulator.state.flows.find((candidate) => candidate.designation === designation)!.pk;
    const made = await fetch(`${authentikUrl}/api/v3/core/transactional/applications/`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${simulator.tokens.superuser}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        app: { name: 'Old Git', slug: 'git-old' },
        provider_model: 'authentik_providers_oauth2.oauth2provider',
        provider: {
          name: 'Provider for Gitea',
          authorization_flow: flow('authorization'),
          invalidation_flow: flow('invalidation'),
          redirect_uris: [],
        },
      }),
    });
    expect(made.status).toBe(200);

    await page.goto('/gitea/connect?url=https%3A%2F%2Fgit.example.com&name=authentik');
    await page.getByLabel('authentik URL').fill(authentikUrl);
    await page.getByLabel('API token').fill(simulator.tokens.superuser);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByRole('button', { name: 'Next: review' }).click();
    await expect(page.getByText('by the provider of the application “Old Git”')).toBeVisible();
    const conflict = page.getByText('A provider named “Provider for Gitea” already exists');
    await expect(conflict).toBeVisible();
    await expect(page.getByText('An application with the slug')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Open the existing pair’s configuration' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Name the application “Gitea 2” instead' }).click();
    await expect(conflict).toHaveCount(0);
    await page.getByRole('button', { name: 'Create application and provider' }).click();
    await page.getByRole('heading', { name: 'Configure Gitea' }).waitFor();
    const created = simulator.state.applications.find((candidate) => candidate.slug === 'gitea');
    expect(created?.name).toBe('Gitea 2');
    expect(simulator.state.providers.find((candidate) => candidate.pk === created?.provider)?.name).toBe('Provider for Gitea 2');
  });
});

test.describe('One app, several setups', () => {
  test('an admin who opened GitLab through OpenID Connect switches to its SAML setup and keeps the address typed', async ({ page }) => {
    await page.goto('/gitlab');
    await page.getByLabel('GitLab URL', { exact: true }).fill('https://gitlab.example.com');
    await expect(page.getByText('Redirect URI: https://gitlab.example.com/users/auth/openid_connect/callback')).toBeVisible();
    await page.getByRole('link', { name: 'GitLab (SAML)' }).click();
    await expect(page.getByLabel('GitLab URL', { exact: true })).toHaveValue('https://gitlab.example.com');
    await expect(page.getByText('ACS URL: https://gitlab.example.com/users/auth/saml/callback')).toBeVisible();
    await expect(page.getByRole('link', { name: 'GitLab (OpenID Connect)' })).toBeVisible();
  });
});
