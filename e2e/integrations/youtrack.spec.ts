import { test, expect } from '../support/fixtures';
import { copyFromSection, createPairThroughWizard } from '../support/wizard';

test('an admin connects YouTrack and writes its ACS URL back into authentik', async ({ page, simulator, authentikUrl }) => {
  await createPairThroughWizard(page, { app: 'YouTrack', inputs: { 'YouTrack URL': 'https://youtrack.example.com' }, authentikUrl, token: simulator.tokens.superuser });

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
  await expect(page.getByText(/https/).first()).toBeVisible();
  await expect(page.getByLabel('ACS URL')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('ACS URL').fill('https://youtrack.example.com/hub/api/rest/saml2/acs');
  await page.getByRole('button', { name: 'Write to authentik' }).click();
  await expect(page.getByText('authentik now uses these values')).toBeVisible();
  const updated = simulator.state.providers.find((p) => p.pk === provider.pk);
  if (updated?.kind !== 'saml') throw new Error('expected a SAML provider');
  expect(updated.acs_url).toBe('https://youtrack.example.com/hub/api/rest/saml2/acs');
  expect(updated.audience).toBe('https://youtrack.example.com/hub');
});
