import { test, expect } from '../support/fixtures';
import { copyFromSection, createPairThroughWizard } from '../support/wizard';
import { applyFix, check, expectCheck, samlProvider, waitForChecks } from '../support/verify-page';

test('an admin connects YouTrack and writes its ACS URL back into authentik', async ({ page, simulator, authentikUrl }) => {
  await createPairThroughWizard(page, {
    app: 'YouTrack',
    inputs: { 'YouTrack URL': 'https://youtrack.example.com' },
    authentikUrl,
    token: simulator.tokens.superuser,
  });

  const app = simulator.state.applications.find((a) => a.slug === 'youtrack');
  const provider = simulator.state.providers.find((p) => p.pk === app?.provider);
  if (provider?.kind !== 'saml') throw new Error('expected a SAML provider');
  expect(provider.sp_binding).toBe('post');
  expect(provider.sign_assertion).toBe(true);
  const key = simulator.state.keypairs.find((k) => k.pk === provider.signing_kp);
  expect(key).toBeDefined();
  const nameId = simulator.state.samlMappings.find((m) => m.pk === provider.name_id_mapping);
  expect(nameId?.managed).toBe('goauthentik.io/providers/saml/username');
  // The placeholder ACS URL stays on the YouTrack host: an assertion never goes to a third party.
  expect(new URL(provider.acs_url).host).toBe('youtrack.example.com');

  const section = (await page.getByRole('region').first().getByRole('heading').first().textContent()) ?? '';
  expect(await copyFromSection(page, section, 'SAML SSO URL')).toBe(`${authentikUrl}/application/saml/youtrack/sso/binding/redirect/`);
  expect(await copyFromSection(page, section, 'IdP entity ID')).toBe(`${authentikUrl}/application/saml/youtrack/metadata/`);
  expect(await copyFromSection(page, section, 'Certificate fingerprint')).toBe(key?.fingerprintSha256.toUpperCase());

  // Round trip: YouTrack shows its ACS URL and SP entity ID; the wizard writes them into authentik.
  await page.getByRole('link', { name: /Next: / }).click();
  await page.getByLabel('ACS URL').fill('http://youtrack.example.com/hub/api/rest/saml2/acs');
  await page.getByLabel('SP entity ID').fill('https://youtrack.example.com/hub');
  await page.getByRole('button', { name: 'Write to authentik' }).click();
  // Plain http is refused on the field itself, with the reason, and nothing is written.
  await expect(page.getByLabel('ACS URL')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('The ACS URL must start with https://: authentik posts the signed login to it.', { exact: true })).toBeVisible();
  expect(simulator.state.providers.find((p) => p.pk === provider.pk)).toMatchObject({ acs_url: provider.acs_url });
  await page.getByLabel('ACS URL').fill('https://youtrack.example.com/hub/api/rest/saml2/acs');
  await page.getByRole('button', { name: 'Write to authentik' }).click();
  await expect(page.getByText('authentik now uses these values')).toBeVisible();
  const updated = simulator.state.providers.find((p) => p.pk === provider.pk);
  if (updated?.kind !== 'saml') throw new Error('expected a SAML provider');
  expect(updated.acs_url).toBe('https://youtrack.example.com/hub/api/rest/saml2/acs');
  expect(updated.audience).toBe('https://youtrack.example.com/hub');
});

// After the pair exists: the verification page finds the known mistakes and fixes them.
test.describe('verification', () => {
  const ACS = 'https://youtrack.example.com/hub/api/rest/saml2/acs';
  const SP_ENTITY = 'https://youtrack.example.com/hub';

  test.beforeEach(async ({ page, simulator, authentikUrl }) => {
    await createPairThroughWizard(page, {
      app: 'YouTrack',
      inputs: { 'YouTrack URL': 'https://youtrack.example.com' },
      authentikUrl,
      token: simulator.tokens.superuser,
    });
  });

  test('YouTrack verifies all green after the round trip, not before', async ({ page }) => {
    const steps = page.getByRole('navigation', { name: 'Wizard steps' });
    await steps.getByRole('link', { name: 'Verify' }).click();
    expect(await waitForChecks(page)).toBe('12 passed, 0 warnings, 2 failed, 0 could not check');
    await expectCheck(page, 'acs-url', 'Failed', 'still has the placeholder ACS URL');
    await expectCheck(page, 'audience', 'Failed');

    await steps.getByRole('link', { name: 'Write back to authentik' }).click();
    await page.getByLabel('ACS URL').fill(ACS);
    await page.getByLabel('SP entity ID').fill(SP_ENTITY);
    await page.getByRole('button', { name: 'Write to authentik' }).click();
    await page.getByRole('link', { name: 'Next: verify' }).click();
    expect(await waitForChecks(page)).toBe('14 passed, 0 warnings, 0 failed, 0 could not check');
    await expectCheck(page, 'acs-url', 'Passed', ACS);
    await expectCheck(page, 'metadata-entity-id', 'Passed', '/application/saml/youtrack/metadata/');
    await expect(page.getByRole('region', { name: 'Test the login in YouTrack' })).toContainText('Can’t restore state');
  });

  test('signing, binding and relay state mistakes are fixed; certificate and username risks are reported', async ({ page, simulator }) => {
    const provider = samlProvider(simulator, 'youtrack');
    provider.acs_url = ACS;
    provider.audience = SP_ENTITY;
    provider.sp_binding = 'redirect';
    provider.sign_assertion = false;
    provider.sign_response = false;
    provider.default_relay_state = 'https://elsewhere.example.net/start';
    simulator.state.settings.default_user_change_username = true;
    const key = simulator.state.keypairs.find((entry) => entry.pk === provider.signing_kp)!;
    key.certExpiry = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
    const realFingerprint = key.fingerprintSha256;
    key.fingerprintSha256 = realFingerprint.split(':').reverse().join(':');

    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('link', { name: 'Verify' }).click();
    expect(await waitForChecks(page)).toBe('8 passed, 2 warnings, 4 failed, 0 could not check');
    await expectCheck(page, 'username-changes', 'Warning', 'Allow users to change username: on');
    await expectCheck(page, 'certificate-expiry', 'Warning', /in (9|10) days/);
    await expectCheck(page, 'metadata-certificate', 'Failed', realFingerprint);

    await applyFix(page, 'saml-signing', 'Sign assertions', { field: 'Sign assertions', before: 'off', after: 'on' });
    expect(provider.sign_assertion).toBe(true);
    await applyFix(page, 'sp-binding', 'Send responses by Post', { field: 'Service Provider Binding', before: 'Redirect', after: 'Post' });
    expect(provider.sp_binding).toBe('post');
    await applyFix(page, 'relay-state', 'Clear the default relay state', {
      field: 'Default relay state',
      before: 'https://elsewhere.example.net/start',
      after: '(empty)',
    });
    expect(provider.default_relay_state).toBe('');
    await expect(page.getByTestId('verify-summary')).toHaveText('11 passed, 2 warnings, 1 failed, 0 could not check');

    // No certificate at all: nothing to fix in one click, every signature-related check says so.
    provider.signing_kp = null;
    await page.getByRole('button', { name: 'Check again' }).click();
    expect(await waitForChecks(page)).toBe('10 passed, 1 warning, 3 failed, 0 could not check');
    await expectCheck(page, 'saml-signing', 'Failed', 'No signing certificate');
    await expectCheck(page, 'metadata-certificate', 'Failed');
    await expectCheck(page, 'certificate-expiry', 'Failed');
    await expect(check(page, 'saml-signing').getByRole('button')).toHaveCount(0);
  });
});
