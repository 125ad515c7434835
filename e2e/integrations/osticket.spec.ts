import { test, expect } from '../support/fixtures';
import { copyFromSection, createPairThroughWizard } from '../support/wizard';

test('an admin connects osTicket installed under a sub-path', async ({ page, simulator, authentikUrl }) => {
  await createPairThroughWizard(page, { app: 'osTicket', inputs: { 'osTicket URL': 'helpdesk.example.com/support/' }, authentikUrl, token: simulator.tokens.superuser });

  const app = simulator.state.applications.find((a) => a.slug === 'osticket');
  const provider = simulator.state.providers.find((p) => p.pk === app?.provider);
  if (provider?.kind !== 'oauth2') throw new Error('expected an OAuth2 provider');
  expect(provider.redirect_uris).toEqual([{ matching_mode: 'strict', url: 'https://helpdesk.example.com/support/api/auth/oauth2', redirect_uri_type: 'authorization' }]);
  expect(provider.sub_mode).toBe('user_email');
  expect(provider.grant_types).toEqual(expect.arrayContaining(['authorization_code']));
  const scopes = provider.property_mappings.map((pk) => simulator.state.scopeMappings.find((m) => m.pk === pk)?.scope_name).sort();
  expect(scopes).toEqual(['email', 'openid', 'profile']);

  const idp = page.getByRole('region', { name: /IdP/ });
  const idpTitle = (await idp.getByRole('heading').first().textContent()) ?? '';
  expect(await copyFromSection(page, idpTitle, 'Redirect URI')).toBe('https://helpdesk.example.com/support/api/auth/oauth2');
  expect(await copyFromSection(page, idpTitle, 'Client Id')).toBe(provider.client_id);
  expect(await copyFromSection(page, idpTitle, 'Client Secret')).toBe(provider.client_secret);
  expect(await copyFromSection(page, idpTitle, 'Authorization Endpoint')).toBe(`${authentikUrl}/application/o/authorize/`);
  expect(await copyFromSection(page, idpTitle, 'Token Endpoint')).toBe(`${authentikUrl}/application/o/token/`);
  expect(await copyFromSection(page, idpTitle, 'Resource Details Endpoint')).toBe(`${authentikUrl}/application/o/userinfo/`);
  expect(await copyFromSection(page, idpTitle, 'Scopes')).toBe('openid email profile');
  await expect(page.getByText(/each agent must already exist in osTicket with the same email address/).first()).toBeVisible();
});
