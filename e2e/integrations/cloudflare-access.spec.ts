import { test, expect } from '../support/fixtures';
import { copyFromSection, createPairThroughWizard } from '../support/wizard';

const SECTION = 'Add an OpenID Connect identity provider';

test('an admin connects Cloudflare Access by typing only the team name', async ({ page, simulator, authentikUrl }) => {
  await createPairThroughWizard(page, { app: 'Cloudflare Access', inputs: { 'Team name': 'acme' }, authentikUrl, token: simulator.tokens.superuser });

  // The pair authentik stored has every setting Cloudflare needs.
  const app = simulator.state.applications.find((a) => a.slug === 'cloudflare-access');
  expect(app).toBeDefined();
  const provider = simulator.state.providers.find((p) => p.pk === app?.provider);
  if (provider?.kind !== 'oauth2') throw new Error('expected an OAuth2 provider');
  expect(provider.client_type).toBe('confidential');
  expect(provider.redirect_uris).toEqual([{ matching_mode: 'strict', url: 'https://acme.cloudflareaccess.com/cdn-cgi/access/callback', redirect_uri_type: 'authorization' }]);
  expect(provider.grant_types).toEqual(expect.arrayContaining(['authorization_code']));
  const key = simulator.state.keypairs.find((k) => k.pk === provider.signing_key);
  expect(key?.keyType).toMatch(/^(rsa|ec)$/);
  expect(provider.encryption_key).toBeNull();
  expect(provider.include_claims_in_id_token).toBe(true);
  const scopes = provider.property_mappings.map((pk) => simulator.state.scopeMappings.find((m) => m.pk === pk)?.scope_name).sort();
  expect(scopes).toEqual(['email', 'openid', 'profile']);

  // Every value is one click away, exactly as Cloudflare wants it.
  const base = `${authentikUrl}/application/o`;
  expect(await copyFromSection(page, SECTION, 'Name')).toBe('authentik');
  expect(await copyFromSection(page, SECTION, 'App ID')).toBe(provider.client_id);
  expect(await copyFromSection(page, SECTION, 'Client secret')).toBe(provider.client_secret);
  expect(await copyFromSection(page, SECTION, 'Auth URL')).toBe(`${base}/authorize/`);
  expect(await copyFromSection(page, SECTION, 'Token URL')).toBe(`${base}/token/`);
  expect(await copyFromSection(page, SECTION, 'Certificate URL')).toBe(`${base}/cloudflare-access/jwks/`);
  await expect(page.getByTestId('announcer')).toContainText('Copied Certificate URL');

  // The client secret stays masked until revealed.
  const region = page.getByRole('region', { name: SECTION });
  await expect(region).not.toContainText(provider.client_secret);
  await region.getByRole('button', { name: 'Reveal Client secret' }).click();
  await expect(region).toContainText(provider.client_secret);
});
