// @vitest-environment jsdom
/**
 * The audit compares a hand-made SAML pair with the service provider's current metadata: the admin
 * pastes it on the row, sees each difference (authentik's value next to the metadata's), selects
 * the fixes, reviews and applies them with the audit's others, and after the next audit the same
 * metadata shows no difference. A hostile document is refused with a message and changes nothing;
 * a token that may only read gets no fix to select and is told which permission it lacks.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectTo, renderRoutes, startSimulator } from '../../app/screen-harness.support';
import { seedHandMade } from '../../integrations/adopt-seed.support';
import { catalog } from '../../integrations/registry';
import { HOSTILE_DOCUMENTS, SIGNING_CERT } from '../../lib/saml-metadata/test-fixtures';
import { disconnect } from '../connection/connection-store';
import { ROUTE_IDS } from '../wizard/route-ids';
import { AuditPage } from './audit-page';

const { simulator, url, close } = await startSimulator();

// jsdom has no modal dialogs; the dialogs only need to open and close.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});
afterAll(() => close());
afterEach(() => {
  cleanup();
  disconnect();
  simulator.reset();
});

/** The Helpdesk's metadata after it moved its ACS; it asks for e-mail NameIDs. */
const HELPDESK_METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://helpdesk.example.org/saml/metadata">
  <md:SPSSODescriptor AuthnRequestsSigned="false" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://helpdesk.example.org/saml/sls"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://helpdesk.example.org/saml/consume" index="0"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>`;

/** The Helpdesk now signs its requests with a new certificate; everything else is as in authentik. */
const RENEWED_METADATA = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://helpdesk.example.org/saml/metadata">
  <md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${SIGNING_CERT}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://helpdesk.example.org/saml/acs" index="0"/>
  </md:SPSSODescriptor>
</md:EntityDescriptor>`;

const helpdesk = () => {
  const app = simulator.state.applications.find((entry) => entry.slug === 'helpdesk-saml')!;
  const provider = simulator.state.providers.find((entry) => entry.pk === app.provider);
  if (provider?.kind !== 'saml') throw new Error('expected the Helpdesk’s SAML provider');
  return provider;
};

async function audit(token: string) {
  await connectTo(url, token);
  renderRoutes([{ id: ROUTE_IDS.root, path: '/', loader: () => catalog, children: [{ path: 'audit', element: <AuditPage /> }] }], '/audit');
  const start = (await screen.findByRole('button', { name: 'Start the audit' })) as HTMLButtonElement;
  await waitFor(() => expect(start.disabled).toBe(false), { timeout: 10_000 });
  fireEvent.click(start);
  await screen.findByTestId('audit-summary', {}, { timeout: 30_000 });
}

/** Opens the Helpdesk row's comparison; with `xml`, pastes it and compares. */
async function compare(xml?: string) {
  fireEvent.click(within(screen.getByTestId('audit-row-helpdesk-saml')).getByRole('button', { name: 'Compare with SP metadata' }));
  const dialog = screen.getByRole('dialog', { name: 'Compare “Helpdesk SAML” with the SP metadata' });
  if (xml !== undefined) {
    fireEvent.change(within(dialog).getByLabelText('SP metadata (XML)'), { target: { value: xml } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Compare' }));
  }
  return dialog;
}

const VIEW = [
  'authentik_core.view_application',
  'authentik_core.view_provider',
  'authentik_providers_oauth2.view_oauth2provider',
  'authentik_providers_saml.view_samlprovider',
  'authentik_crypto.view_certificatekeypair',
];

/** A user holding `permissions` (through a role, and directly for releases without roles in users/me); answers its token. */
function auditor(permissions: string[]) {
  const pk = 900;
  const role = { pk: '00000000-0000-4000-8000-000000000900', name: 'auditor role', permissions };
  simulator.state.users.push({ ...simulator.state.users[1]!, pk, uuid: role.pk, username: 'auditor', name: 'auditor', permissions, roles: [role] });
  simulator.state.tokens.push({ identifier: 'auditor', key: 'auditor-token', userPk: pk, intent: 'api', expiring: false, expires: null });
  return 'auditor-token';
}

describe('comparing an audited SAML provider with the SP’s current metadata', () => {
  it('lists what differs, and the selected fixes are reviewed, applied and gone on the next audit', async () => {
    await seedHandMade(simulator, url);
    await audit(simulator.tokens.superuser);

    let dialog = await compare(HOSTILE_DOCUMENTS.XXE!);
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/This metadata was not used.*declares a DTD or entities/);
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(helpdesk().acs_url).toBe('https://helpdesk.example.org/saml/acs');

    fireEvent.change(within(dialog).getByLabelText('SP metadata (XML)'), { target: { value: HELPDESK_METADATA } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Compare' }));
    const table = await within(dialog).findByRole('table', { name: 'Differences from the SP metadata' }, { timeout: 10_000 });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => [...row.children].slice(0, 3).map((cell) => cell.textContent)),
    ).toEqual([
      ['Setting', 'In authentik', 'In the metadata'],
      ['ACS URL', 'https://helpdesk.example.org/saml/acs', 'https://helpdesk.example.org/saml/consume'],
      ['Default NameID policy', 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified', 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'],
    ]);
    for (const box of within(table).getAllByRole('checkbox', { name: /^Fix:/ })) fireEvent.click(box);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Review 2 selected fixes' }));

    const review = screen.getByRole('dialog', { name: 'Review 2 fixes' });
    expect(within(review).getAllByText(`PATCH /api/v3/providers/saml/${helpdesk().pk}/`)).toHaveLength(2);
    expect(within(review).getByText(/"acs_url": "https:\/\/helpdesk\.example\.org\/saml\/consume"/)).toBeTruthy();
    fireEvent.click(within(review).getByRole('button', { name: 'Apply 2 fixes' }));
    await waitFor(() => expect(within(review).getAllByText('✓ Applied')).toHaveLength(2), { timeout: 20_000 });
    expect(helpdesk()).toMatchObject({
      acs_url: 'https://helpdesk.example.org/saml/consume',
      default_name_id_policy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    });

    fireEvent.click(within(review).getByRole('button', { name: 'Audit again' }));
    await screen.findByTestId('audit-summary', {}, { timeout: 30_000 });
    // The metadata compared before is compared again with the provider as it is now.
    dialog = await compare();
    expect((await within(dialog).findByText('No difference', {}, { timeout: 10_000 })).closest('[role="status"]')?.textContent).toContain(
      'The provider follows the metadata of https://helpdesk.example.org/saml/metadata.',
    );
  }, 120_000);

  it('a signing certificate authentik does not hold becomes a certificate-only keypair, made right before the PATCH', async () => {
    await seedHandMade(simulator, url);
    await audit(simulator.tokens.superuser);
    const keypairs = simulator.state.keypairs.length;
    const dialog = await compare(RENEWED_METADATA);
    const row = await within(dialog).findByTestId('sp-difference-verification_kp', {}, { timeout: 10_000 });
    expect(within(dialog).getAllByTestId(/^sp-difference-/)).toHaveLength(1);
    expect(row.textContent).toContain('SP signing certificate (imported)');
    fireEvent.click(within(row).getByRole('checkbox', { name: 'Fix: Verification certificate as the SP metadata says' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Review 1 selected fix' }));

    const review = screen.getByRole('dialog', { name: 'Review 1 fixes' });
    expect(within(review).getByText('POST /api/v3/crypto/certificatekeypairs/')).toBeTruthy();
    expect(within(review).getByText('a new certificate-only keypair “Helpdesk: SP signing certificate”')).toBeTruthy();
    // Nothing is written before Apply.
    expect(simulator.state.keypairs).toHaveLength(keypairs);
    fireEvent.click(within(review).getByRole('button', { name: 'Apply 1 fixes' }));
    await within(review).findByText('✓ Applied', {}, { timeout: 20_000 });
    const made = simulator.state.keypairs.find((keypair) => keypair.pk === helpdesk().verification_kp);
    expect(made).toMatchObject({ name: 'Helpdesk: SP signing certificate', certificateDerBase64: SIGNING_CERT, privateKeyPem: '' });
    expect(simulator.state.keypairs).toHaveLength(keypairs + 1);
  }, 60_000);

  it('a token that may only read gets no fix to select, and is told the permission it lacks', async () => {
    await seedHandMade(simulator, url);
    await audit(auditor(VIEW));

    const dialog = await compare(HELPDESK_METADATA);
    const table = await within(dialog).findByRole('table', { name: 'Differences from the SP metadata' }, { timeout: 10_000 });
    expect(within(table).queryByRole('checkbox')).toBeNull();
    expect(within(table).getAllByText(/^Fix not offered\. Needs authentik_providers_saml\.change_samlprovider\./)).toHaveLength(2);
    expect((within(dialog).getByRole('button', { name: 'Review 0 selected fixes' }) as HTMLButtonElement).disabled).toBe(true);
    expect(helpdesk().acs_url).toBe('https://helpdesk.example.org/saml/acs');
  }, 60_000);

  it('a token that may change the provider but not make keypairs gets no certificate fix, and is told why', async () => {
    await seedHandMade(simulator, url);
    await audit(auditor([...VIEW, 'authentik_providers_saml.change_samlprovider']));
    const dialog = await compare(RENEWED_METADATA);
    const row = await within(dialog).findByTestId('sp-difference-verification_kp', {}, { timeout: 10_000 });
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(within(row).getByText(/^Fix not offered\. Needs authentik_crypto\.add_certificatekeypair\./)).toBeTruthy();
    expect(row.textContent).toContain('upload it under System › Certificates (certificate only, no private key), then choose it here.');
  }, 60_000);
});
