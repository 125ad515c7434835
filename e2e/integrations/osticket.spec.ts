import { test, expect } from '../support/fixtures';
import { copyFromSection, createPairThroughWizard } from '../support/wizard';
import { applyFix, checkAgain, check, expectCheck, oauth2Provider, openVerification, startLogin } from '../support/verify-page';

test('an admin connects osTicket installed under a sub-path', async ({ page, simulator, authentikUrl }) => {
  await createPairThroughWizard(page, {
    app: 'osTicket',
    inputs: { 'osTicket URL': 'helpdesk.example.com/support/' },
    authentikUrl,
    token: simulator.tokens.superuser,
  });

  const app = simulator.state.applications.find((a) => a.slug === 'osticket');
  const provider = simulator.state.providers.find((p) => p.pk === app?.provider);
  if (provider?.kind !== 'oauth2') throw new Error('expected an OAuth2 provider');
  expect(provider.redirect_uris).toEqual([
    { matching_mode: 'strict', url: 'https://helpdesk.example.com/support/api/auth/oauth2', redirect_uri_type: 'authorization' },
  ]);
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
  await expect(page.getByText(/each must already exist with the same email address as in authentik/).first()).toBeVisible();
});

// After the pair exists: the verification page finds the known mistakes and fixes them.
test.describe('verification', () => {
  const REDIRECT = 'https://helpdesk.example.com/support/api/auth/oauth2';

  test.beforeEach(async ({ page, simulator, authentikUrl }) => {
    await createPairThroughWizard(page, {
      app: 'osTicket',
      inputs: { 'osTicket URL': 'helpdesk.example.com/support/' },
      authentikUrl,
      token: simulator.tokens.superuser,
    });
  });

  test('a fresh osTicket pair verifies all green', async ({ page }) => {
    expect(await openVerification(page, 'osTicket')).toBe('11 passed, 0 warnings, 0 failed, 0 could not check');
    await expectCheck(page, 'redirect-uri', 'Passed', REDIRECT);
    const manual = page.getByRole('region', { name: 'Test the login in osTicket' });
    await expect(manual).toContainText('Click “Sign in with authentik”.');
    await expect(manual).toContainText('“Have your administrator create a local account (…)”');
  });

  test('redirect URI mistakes are fixed, and the URI osTicket really sent is shown', async ({ page, simulator, authentikUrl }) => {
    const provider = oauth2Provider(simulator, 'osticket');
    provider.redirect_uris = [{ matching_mode: 'regex', url: 'https://helpdesk\\.example\\.com/.*', redirect_uri_type: 'authorization' }];
    provider.grant_types = ['client_credentials'];

    expect(await openVerification(page, 'osTicket')).toBe('9 passed, 0 warnings, 2 failed, 0 could not check');
    await expectCheck(page, 'redirect-uri', 'Failed', 'regular expression');
    await applyFix(page, 'redirect-uri', 'Use the exact URL (Strict)', {
      field: 'Redirect URI',
      before: 'https://helpdesk\\.example\\.com/.* (regex)',
      after: `${REDIRECT} (strict)`,
    });
    expect(provider.redirect_uris).toEqual([{ matching_mode: 'strict', url: REDIRECT, redirect_uri_type: 'authorization' }]);
    await applyFix(page, 'grant-types', 'Allow the authorization code grant', {
      field: 'Grant types',
      before: 'client_credentials',
      after: 'client_credentials, authorization_code, refresh_token',
    });
    expect(provider.grant_types).toEqual(['client_credentials', 'authorization_code', 'refresh_token']);
    await expect(page.getByTestId('verify-summary')).toHaveText('11 passed, 0 warnings, 0 failed, 0 could not check');

    // Later someone adds a slash in authentik, and an osTicket at the root tries to sign in.
    provider.redirect_uris = [{ matching_mode: 'strict', url: `${REDIRECT}/`, redirect_uri_type: 'authorization' }];
    expect(await startLogin(authentikUrl, provider.client_id, 'https://helpdesk.example.com/api/auth/oauth2')).toBe(400);
    expect(await checkAgain(page)).toBe('9 passed, 0 warnings, 2 failed, 0 could not check');
    await applyFix(page, 'redirect-uri', 'Remove the trailing slash', { field: 'Redirect URI', before: `${REDIRECT}/`, after: REDIRECT });
    expect(provider.redirect_uris[0]?.url).toBe(REDIRECT);
    // The URI osTicket sent is still not accepted: no one-click fix, the admin decides where to correct it.
    await expectCheck(page, 'redirect-errors', 'Failed', 'One failed login with “Redirect URI Error”');
    await expect(check(page, 'redirect-errors').locator('dd').nth(1)).toHaveText('https://helpdesk.example.com/api/auth/oauth2');
    await expect(check(page, 'redirect-errors').getByRole('button')).toHaveCount(0);
  });

  test('a cancelled fix changes nothing and gives focus back', async ({ page, simulator }) => {
    const provider = oauth2Provider(simulator, 'osticket');
    provider.redirect_uris = [{ matching_mode: 'strict', url: `${REDIRECT}/`, redirect_uri_type: 'authorization' }];
    await openVerification(page, 'osTicket');
    const fix = check(page, 'redirect-uri').getByRole('button', { name: 'Fix: Remove the trailing slash' });
    await fix.click();
    const dialog = page.getByRole('dialog', { name: 'Remove the trailing slash' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(fix).toBeFocused();
    expect(provider.redirect_uris[0]?.url).toBe(`${REDIRECT}/`);
    await fix.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(fix).toBeFocused();
    expect(simulator.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
  });
});
