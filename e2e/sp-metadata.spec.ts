/**
 * SAML from the app's metadata: the admin pastes (or uploads) the SP metadata document and the
 * wizard fills the fields, creates the pair with exactly its values and the SP's certificates as
 * keypairs; a hostile document is refused and changes nothing; YouTrack's round trip is done by
 * uploading its metadata file; the audit compares a hand-made SAML pair with its SP's new metadata
 * file and fixes what differs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { seedHandMade } from '../src/integrations/adopt-seed.support';
import { connect, createPairThroughWizard } from './support/wizard';
import { samlProvider } from './support/verify-page';
import { ENCRYPTION_CERT, HOSTILE_DOCUMENTS, SIGNING_CERT, SP_METADATA } from '../src/lib/saml-metadata/test-fixtures';

const ENTITY = 'https://wiki.company/saml/metadata?tenant=acme&v=2';

/**
 * axe finds nothing, and at 320 px nothing in the metadata panel reaches past the panel's own edge
 * (the step layout around it at 320 px is the layout's own matter).
 */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('section.card *')]
      .filter((element) => element.getBoundingClientRect().right > document.querySelector('section.card')!.getBoundingClientRect().right + 1)
      .map((element) => `${element.tagName}.${element.className}`)
      .slice(0, 8),
  );
  expect(wide).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
}
const ACS = 'https://wiki.company/saml/acs';

test('an admin pastes an SP metadata document into “Another app (SAML)”, and the pair carries exactly its values', async ({
  page,
  simulator,
  authentikUrl,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Another app (SAML)', exact: true }).click();
  await page.getByLabel('App name', { exact: true }).fill('Team Notes');
  await page.getByLabel('ACS URL', { exact: true }).fill('https://typed.example/acs');
  await page.getByLabel('SP metadata (XML)').fill(SP_METADATA);
  await page.getByRole('button', { name: 'Read the metadata' }).click();

  // What it found, next to the fields it fills; the value typed before is shown, not lost.
  const found = page.getByRole('definition');
  await expect(page.getByText('Read from the metadata')).toBeVisible();
  await expect(found.filter({ hasText: `${ACS} (HTTP-POST) → ACS URL` })).toBeVisible();
  await expect(found.filter({ hasText: 'https://wiki.company/saml/slo (HTTP-Redirect)' })).toBeVisible();
  await expect(page.getByText(/artifact \(HTTP-Artifact binding\) was skipped/)).toBeVisible();
  await expect(page.getByLabel('ACS URL', { exact: true })).toHaveValue(ACS);
  await expect(page.getByLabel('SP entity ID', { exact: true })).toHaveValue(ENTITY);
  await expect(page.getByText('It held https://typed.example/acs before.')).toBeVisible();
  await expectAccessible(page);

  // Each field stays editable: a reload keeps both the fields and the document.
  await page.reload();
  await expect(page.getByLabel('ACS URL', { exact: true })).toHaveValue(ACS);
  await expect(page.getByLabel('SP metadata (XML)')).toHaveValue(SP_METADATA);

  await page.getByRole('button', { name: 'Next: connect to authentik' }).click();
  await page.getByLabel('authentik URL').fill(authentikUrl);
  await page.getByLabel('API token').fill(simulator.tokens.superuser);
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('button', { name: 'Next: review' }).click();
  const fromMetadata = page.getByRole('status').filter({ hasText: 'From the app’s SAML metadata' });
  await expect(fromMetadata).toContainText(
    'Verification certificate (the SP signs its requests): a certificate-only keypair “Team Notes: SP signing certificate”',
  );
  await page.getByRole('button', { name: 'Create application and provider' }).click();
  // From here on the app is called by the name typed for it.
  await page.getByRole('heading', { name: 'Configure Team Notes' }).waitFor();

  const provider = samlProvider(simulator, 'team-notes');
  expect(provider).toMatchObject({
    acs_url: ACS,
    audience: ENTITY,
    sp_binding: 'post',
    sign_assertion: true,
    default_name_id_policy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    sls_url: 'https://wiki.company/saml/slo',
    sls_binding: 'redirect',
  });
  const verification = simulator.state.keypairs.find((keypair) => keypair.pk === provider.verification_kp);
  const encryption = simulator.state.keypairs.find((keypair) => keypair.pk === provider.encryption_kp);
  expect(verification).toMatchObject({ name: 'Team Notes: SP signing certificate', certificateDerBase64: SIGNING_CERT, privateKeyPem: '' });
  expect(encryption).toMatchObject({ name: 'Team Notes: SP encryption certificate', certificateDerBase64: ENCRYPTION_CERT, privateKeyPem: '' });
});

for (const [name, document] of Object.entries(HOSTILE_DOCUMENTS)) {
  test(`a hostile metadata document (${name}) is refused with a message and changes nothing`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Another app (SAML)', exact: true }).click();
    await page.getByLabel('ACS URL', { exact: true }).fill('https://wiki.company/typed');
    await page.getByLabel('SP metadata (XML)').fill(document);
    await page.getByRole('button', { name: 'Read the metadata' }).click();
    await expect(page.getByText('This metadata was not used')).toBeVisible();
    await expectAccessible(page);
    await expect(page.getByText(/declares a DTD or entities .* It was not read\. Download the metadata again from the app\./)).toBeVisible();
    await expect(page.getByLabel('ACS URL', { exact: true })).toHaveValue('https://wiki.company/typed');
    await expect(page.getByLabel('SP entity ID', { exact: true })).toHaveValue('');
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes('sp-metadata')))).toEqual([]);
  });
}

test('YouTrack’s round trip is done by uploading its SP metadata file', async ({ page, simulator, authentikUrl }) => {
  await createPairThroughWizard(page, {
    app: 'YouTrack',
    inputs: { 'YouTrack URL': 'https://youtrack.example.com' },
    authentikUrl,
    token: simulator.tokens.superuser,
  });
  await page.getByRole('link', { name: /Next: / }).click();
  const metadata = `<?xml version="1.0"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://youtrack.example.com/hub/api/rest/auth/saml2/8d9a1b2c">
  <SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://youtrack.example.com/hub/api/rest/auth/landing/saml2/8d9a1b2c" index="0"/>
  </SPSSODescriptor>
</EntityDescriptor>`;
  await page
    .getByLabel('Choose a metadata file…')
    .setInputFiles({ name: 'youtrack-sp-metadata.xml', mimeType: 'application/xml', buffer: Buffer.from(metadata) });
  await expect(page.getByLabel('ACS URL', { exact: true })).toHaveValue('https://youtrack.example.com/hub/api/rest/auth/landing/saml2/8d9a1b2c');
  await expect(page.getByLabel('SP entity ID', { exact: true })).toHaveValue('https://youtrack.example.com/hub/api/rest/auth/saml2/8d9a1b2c');
  await page.getByRole('button', { name: 'Write to authentik' }).click();
  await expect(page.getByText('authentik now uses these values')).toBeVisible();
  expect(samlProvider(simulator, 'youtrack')).toMatchObject({
    acs_url: 'https://youtrack.example.com/hub/api/rest/auth/landing/saml2/8d9a1b2c',
    audience: 'https://youtrack.example.com/hub/api/rest/auth/saml2/8d9a1b2c',
  });
});

test('the audit compares a hand-made SAML pair with its SP’s new metadata file and fixes the ACS URL', async ({ page, simulator, authentikUrl }) => {
  await seedHandMade(simulator, authentikUrl);
  await connect(page, authentikUrl, simulator.tokens.superuser);
  await page.getByRole('link', { name: 'Audit every application in this authentik' }).click();
  await page.getByRole('button', { name: 'Start the audit' }).click();
  await expect(page.getByTestId('audit-summary')).toBeVisible();

  const compare = async () => {
    await page.getByTestId('audit-row-helpdesk-saml').getByRole('button', { name: 'Compare with SP metadata' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare “Helpdesk SAML” with the SP metadata' });
    await expect(dialog).toBeVisible();
    return dialog;
  };
  const upload = (dialog: Awaited<ReturnType<typeof compare>>, name: string, xml: string) =>
    dialog.getByLabel('Choose a metadata file…').setInputFiles({ name, mimeType: 'application/xml', buffer: Buffer.from(xml) });

  let dialog = await compare();
  await upload(dialog, 'evil.xml', HOSTILE_DOCUMENTS.XXE!);
  await expect(dialog.getByRole('alert')).toContainText('declares a DTD or entities');

  const moved = `<?xml version="1.0"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://helpdesk.example.org/saml/metadata">
  <SPSSODescriptor WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://helpdesk.example.org/saml/consume" index="0"/>
  </SPSSODescriptor>
</EntityDescriptor>`;
  await upload(dialog, 'helpdesk-sp-metadata.xml', moved);
  const difference = dialog.getByTestId('sp-difference-acs_url');
  await expect(difference).toContainText('https://helpdesk.example.org/saml/acs');
  await expect(difference).toContainText('https://helpdesk.example.org/saml/consume');
  await expect(dialog.getByRole('row')).toHaveCount(2);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await difference.getByRole('checkbox', { name: 'Fix: ACS URL as the SP metadata says' }).check();
  // Closed and opened again, the same metadata is compared again and the selection kept.
  await page.keyboard.press('Escape');
  dialog = await compare();
  await expect(dialog.getByRole('checkbox', { name: 'Fix: ACS URL as the SP metadata says' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Review 1 selected fix' }).click();

  const review = page.getByRole('dialog', { name: 'Review 1 fixes' });
  await expect(review.getByText(/^PATCH \/api\/v3\/providers\/saml\/\d+\/$/)).toBeVisible();
  await review.getByRole('button', { name: 'Apply 1 fixes' }).click();
  await expect(review.getByText('✓ Applied')).toBeVisible();
  expect(samlProvider(simulator, 'helpdesk-saml').acs_url).toBe('https://helpdesk.example.org/saml/consume');

  await review.getByRole('button', { name: 'Audit again' }).click();
  await expect(page.getByTestId('audit-summary')).toBeVisible();
  dialog = await compare();
  await expect(dialog.getByText('The provider follows the metadata of https://helpdesk.example.org/saml/metadata.')).toBeVisible();
});
