import { test, expect } from '../support/fixtures';
import { copyFromSection, createPairThroughWizard } from '../support/wizard';
import { applyFix, checkAgain, expectCheck, oauth2Provider, openVerification, startLogin } from '../support/verify-page';

const SECTION = 'Add an OpenID Connect identity provider';

test('an admin connects Cloudflare Access by typing only the team name', async ({ page, simulator, authentikUrl }) => {
  await createPairThroughWizard(page, { app: 'Cloudflare Access', inputs: { 'Team name': 'acme' }, authentikUrl, token: simulator.tokens.superuser });

  // The pair authentik stored has every setting Cloudflare needs.
  const app = simulator.state.applications.find((a) => a.slug === 'cloudflare-access');
  expect(app).toBeDefined();
  const provider = simulator.state.providers.find((p) => p.pk === app?.provider);
  if (provider?.kind !== 'oauth2') throw new Error('expected an OAuth2 provider');
  expect(provider.client_type).toBe('confidential');
  expect(provider.redirect_uris).toEqual([
    { matching_mode: 'strict', url: 'https://acme.cloudflareaccess.com/cdn-cgi/access/callback', redirect_uri_type: 'authorization' },
  ]);
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

// After the pair exists: the verification page finds the known mistakes and fixes them.
test.describe('verification', () => {
  const CALLBACK = 'https://acme.cloudflareaccess.com/cdn-cgi/access/callback';

  test.beforeEach(async ({ page, simulator, authentikUrl }) => {
    await createPairThroughWizard(page, {
      app: 'Cloudflare Access',
      inputs: { 'Team name': 'acme' },
      authentikUrl,
      token: simulator.tokens.superuser,
    });
  });

  test('a fresh Cloudflare Access pair verifies all green', async ({ page }) => {
    expect(await openVerification(page, 'Cloudflare Access')).toBe('14 passed, 0 warnings, 1 failed, 0 could not check');
    await expect(page.getByRole('navigation', { name: 'Wizard steps' }).getByText('Verify')).toBeVisible();
    await expectCheck(page, 'signing-key', 'Passed', /RS256/);
    await expectCheck(page, 'email-claim', 'Passed', 'email: akadmin@authentik.company');
    await expectCheck(page, 'redirect-errors', 'Passed', 'No failed logins recorded');
    // The demo authentik listens on loopback http, which Cloudflare's servers could never reach.
    await expectCheck(page, 'public-authentik', 'Failed', 'loopback, private or local name');
    // The manual test says where to click and links each known error to its check.
    const manual = page.getByRole('region', { name: 'Test the login in Cloudflare Access' });
    await expect(manual).toContainText('Click Test next to the authentik identity provider.');
    await manual.getByRole('link', { name: /See the check “ID tokens are not encrypted” \(passed\)/ }).click();
    await expect(page).toHaveURL(/#check-encryption-key$/);
  });

  test('the seed’s mistakes are found, explained and fixed from the verification page', async ({ page, simulator, authentikUrl }) => {
    const provider = oauth2Provider(simulator, 'cloudflare-access');
    const otherKey = simulator.state.keypairs.find((key) => key.pk !== provider.signing_key && key.privateKeyPem !== '');
    provider.redirect_uris = [{ matching_mode: 'strict', url: `${CALLBACK}/`, redirect_uri_type: 'authorization' }];
    provider.grant_types = [];
    provider.encryption_key = otherKey!.pk;
    provider.include_claims_in_id_token = false;
    // Cloudflare's Test button: it sends the callback without the slash and authentik refuses it.
    expect(await startLogin(authentikUrl, provider.client_id, CALLBACK)).toBe(400);

    expect(await openVerification(page, 'Cloudflare Access')).toBe('8 passed, 0 warnings, 7 failed, 0 could not check');
    await expectCheck(page, 'redirect-errors', 'Failed', 'This is the redirect URI the app really sent');
    await expect(page.getByTestId('check-redirect-errors').locator('dd').nth(1)).toHaveText(CALLBACK);
    await expectCheck(page, 'email-claim', 'Failed', 'leaves the claims out of the ID token');

    await expectCheck(page, 'redirect-uri', 'Failed', 'ends with a slash');
    await applyFix(page, 'redirect-uri', 'Remove the trailing slash', { field: 'Redirect URI', before: `${CALLBACK}/`, after: CALLBACK });
    await expectCheck(page, 'redirect-uri', 'Passed');
    await expectCheck(page, 'redirect-errors', 'Passed', 'which the provider accepts now');
    expect(provider.redirect_uris).toEqual([{ matching_mode: 'strict', url: CALLBACK, redirect_uri_type: 'authorization' }]);

    await expectCheck(page, 'grant-types', 'Failed', 'unauthorized_client');
    await applyFix(page, 'grant-types', 'Allow the authorization code grant', {
      field: 'Grant types',
      before: '(none)',
      after: 'authorization_code, refresh_token',
    });
    await expectCheck(page, 'grant-types', 'Passed');
    expect(provider.grant_types).toEqual(['authorization_code', 'refresh_token']);

    await expectCheck(page, 'encryption-key', 'Failed', 'encrypted (JWE)');
    await applyFix(page, 'encryption-key', 'Clear the encryption key', { field: 'Encryption key', before: otherKey!.pk, after: '(none)' });
    await expectCheck(page, 'encryption-key', 'Passed');
    expect(provider.encryption_key).toBeNull();

    await expectCheck(page, 'id-token-claims', 'Failed');
    await applyFix(page, 'id-token-claims', 'Put the claims into the ID token', { field: 'Include claims in id_token', before: 'off', after: 'on' });
    expect(provider.include_claims_in_id_token).toBe(true);
    await expectCheck(page, 'email-claim', 'Passed');
    await expect(page.getByTestId('verify-summary')).toHaveText('14 passed, 0 warnings, 1 failed, 0 could not check');
  });

  test('problems without a one-click fix are explained, and Check again picks up changes made elsewhere', async ({ page, simulator }) => {
    expect(await openVerification(page, 'Cloudflare Access')).toBe('14 passed, 0 warnings, 1 failed, 0 could not check');
    const provider = oauth2Provider(simulator, 'cloudflare-access');
    provider.signing_key = null;
    simulator.state.users.find((user) => user.username === 'akadmin')!.email = '';
    simulator.state.settings.flags.core_default_app_access = false;
    simulator.faults.add({
      method: 'GET',
      path: /\/\.well-known\/openid-configuration$/,
      status: 404,
      body: '<h1>Not Found</h1>',
      headers: { 'Content-Type': 'text/html' },
    });

    expect(await checkAgain(page)).toBe('9 passed, 1 warning, 4 failed, 0 could not check');
    await expectCheck(page, 'signing-key', 'Failed', 'No signing key');
    await expectCheck(page, 'email-claim', 'Warning', 'has no email address');
    await expectCheck(page, 'application-access', 'Failed', 'Access denied');
    await expectCheck(page, 'discovery', 'Failed', 'HTTP 404');
    for (const id of ['signing-key', 'email-claim', 'application-access', 'discovery']) {
      await expect(page.getByTestId(`check-${id}`).getByRole('button', { name: /^Fix/ })).toHaveCount(0);
    }

    // A key without its JWKS entry: the provider names a key, but authentik publishes nothing.
    const key = simulator.state.keypairs.find((entry) => entry.privateKeyPem !== '')!;
    provider.signing_key = key.pk;
    key.privateKeyPem = '';
    await checkAgain(page);
    await expectCheck(page, 'signing-key', 'Failed', 'The JWKS is empty ({})');
  });
});
