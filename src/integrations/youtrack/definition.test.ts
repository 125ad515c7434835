import { describe, expect, it } from 'vitest';
import type { CreatedPair, SAMLProviderRequest, TransactionApplicationRequest } from '../../features/wizard/engine/types';
import { loadContract } from '../../server/contract/openapi-contract';
import { authentikSettings, createdSamlPair, discoveredContext, ecKey, patchedSamlPair, rsaKey, samlMappings } from '../test-context';
import { youtrack } from './definition';

function urlError(value: unknown): string | undefined {
  const result = youtrack.inputs.safeParse({ url: value });
  return result.success ? undefined : result.error.issues[0]?.message;
}

function buildFor(url = 'https://youtrack.company', ctx = discoveredContext()): TransactionApplicationRequest {
  const inputs = youtrack.inputs.parse({ url });
  return youtrack.build(inputs, youtrack.identity(inputs), ctx);
}

function samlProvider(request: TransactionApplicationRequest): SAMLProviderRequest {
  expect(request.provider.provider_model).toBe('authentik_providers_saml.samlprovider');
  return request.provider as SAMLProviderRequest;
}

const mappingPk = (key: string) => samlMappings[`goauthentik.io/providers/saml/${key}`]?.pk;

describe('YouTrack: the admin enters the YouTrack address', () => {
  it.each([
    ['https://youtrack.company', 'https://youtrack.company'],
    ['youtrack.company', 'https://youtrack.company'],
    [' https://YouTrack.Company/ ', 'https://youtrack.company'],
    ['https://company.com/youtrack/', 'https://company.com/youtrack'],
    ['https://company.com/youtrack/issues?q=for:me', 'https://company.com/youtrack'],
    ['https://company.com/youtrack/admin/hub/authmodules', 'https://company.com/youtrack'],
    ['https://acme.youtrack.cloud/dashboard#x', 'https://acme.youtrack.cloud'],
    ['https://youtrack.company:8443', 'https://youtrack.company:8443'],
  ])('accepts %j as %j', (value, url) => {
    expect(youtrack.inputs.parse({ url: value })).toEqual({ url });
    expect(youtrack.inputs.parse({ url })).toEqual({ url });
  });

  it('asks for the address when it is empty or missing', () => {
    expect(urlError('')).toMatch(/Enter the address of your YouTrack/);
    expect(urlError(undefined)).toMatch(/Enter the address of your YouTrack/);
  });

  it('requires https and says why', () => {
    expect(urlError('http://youtrack.company')).toMatch(/Use the https:\/\/ address of YouTrack/);
  });

  it('rejects things that are not an address', () => {
    expect(urlError('you track')).toMatch(/contains a space/);
    expect(urlError('https://u:p@youtrack.company')).toMatch(/Remove the user name and password/);
  });

  it('names the application YouTrack', () => {
    expect(youtrack.identity({ url: 'https://youtrack.company' })).toEqual({ name: 'YouTrack', slug: 'youtrack' });
  });
});

describe('YouTrack: the wizard creates the SAML provider', () => {
  it('sends a request the official authentik schema accepts (RSA and EC keys)', () => {
    const contract = loadContract();
    for (const request of [buildFor(), buildFor('https://company.com/youtrack', discoveredContext({ signingKey: ecKey }))]) {
      expect(
        contract.validateRequest({ method: 'PUT', apiPath: '/core/transactional/applications/', query: new URLSearchParams(), body: request }),
      ).toEqual({ ok: true });
    }
  });

  it('puts a recognisable placeholder ACS URL on the YouTrack host, never on a third-party domain', () => {
    const provider = samlProvider(buildFor('https://company.com/youtrack'));
    expect(provider.acs_url).toBe('https://company.com/youtrack/replace-with-the-acs-url-youtrack-shows');
    expect(new URL(provider.acs_url).host).toBe('company.com');
    expect(provider.audience).toBe('');
  });

  it('posts signed assertions with SHA-256 and keeps the default issuer', () => {
    const provider = samlProvider(buildFor());
    expect(provider.sp_binding).toBe('post');
    expect(provider.signing_kp).toBe(rsaKey.pk);
    expect(provider.sign_assertion).toBe(true);
    expect(provider.sign_response).toBe(false);
    expect(provider.digest_algorithm).toBe('http://www.w3.org/2001/04/xmlenc#sha256');
    expect(provider.signature_algorithm).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
    expect(provider.issuer_override).toBe('');
    expect(provider.default_relay_state).toBe('');
  });

  it('uses ECDSA for an EC signing key', () => {
    const provider = samlProvider(buildFor('https://youtrack.company', discoveredContext({ signingKey: ecKey })));
    expect(provider.signing_kp).toBe(ecKey.pk);
    expect(provider.signature_algorithm).toBe('http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256');
  });

  it('sends the username as NameID and the username, email, name and groups attributes', () => {
    const provider = samlProvider(buildFor());
    expect(provider.name_id_mapping).toBe(mappingPk('username'));
    expect(provider.property_mappings).toEqual(['username', 'email', 'name', 'groups'].map(mappingPk));
    expect(youtrack.discovery).toEqual({
      signingKey: 'required',
      samlMappings: [
        'goauthentik.io/providers/saml/username',
        'goauthentik.io/providers/saml/email',
        'goauthentik.io/providers/saml/name',
        'goauthentik.io/providers/saml/groups',
      ],
    });
  });

  it('uses the discovered flows and links the application to YouTrack', () => {
    const request = buildFor('youtrack.company/');
    const provider = samlProvider(request);
    expect(provider.name).toBe('Provider for YouTrack');
    expect(provider.authorization_flow).toBe(discoveredContext().authorizationFlow.pk);
    expect(provider.invalidation_flow).toBe(discoveredContext().invalidationFlow.pk);
    expect(request.app).toEqual({
      name: 'YouTrack',
      slug: 'youtrack',
      meta_launch_url: 'https://youtrack.company',
      open_in_new_tab: false,
      policy_engine_mode: 'any',
    });
  });

  it('refuses to build without a signing key', () => {
    expect(() => buildFor('https://youtrack.company', discoveredContext({ signingKey: null }))).toThrow(/needs a signing certificate/);
  });
});

describe('YouTrack: the admin creates the SAML 2.0 auth module', () => {
  const pair = createdSamlPair(buildFor('https://youtrack.company'));

  it('lists the module fields in YouTrack\'s order, then the attribute names', () => {
    const sections = youtrack.configure(pair);
    expect(sections.map((section) => section.title)).toEqual(['SAML 2.0 auth module', 'Attribute names (if YouTrack asks)']);
    expect(sections[0]?.location).toBe('Administration › Access Management › Auth Modules › New module › SAML 2.0');
    expect(sections[0]?.fields.map((field) => field.label)).toEqual(['Name', 'SAML SSO URL', 'IdP entity ID', 'Certificate fingerprint']);
    expect(sections[1]?.fields.map((field) => [field.label, field.value])).toEqual([
      ['Email attribute', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'],
      ['Full name attribute', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name'],
      ['Groups attribute', 'http://schemas.xmlsoap.org/claims/Group'],
    ]);
  });

  it('takes the URLs from the provider and shows the fingerprint as upper-case pairs', () => {
    if (pair.protocol !== 'saml') throw new Error('fixture');
    const fields = Object.fromEntries(youtrack.configure(pair)[0]!.fields.map((field) => [field.label, field.value]));
    expect(fields['Name']).toBe('authentik');
    expect(fields['SAML SSO URL']).toBe(pair.provider.url_sso_redirect);
    expect(fields['SAML SSO URL']).toBe('https://authentik.company/application/saml/youtrack/sso/binding/redirect/');
    expect(fields['IdP entity ID']).toBe(pair.provider.url_issuer);
    expect(fields['IdP entity ID']).toBe('https://authentik.company/application/saml/youtrack/metadata/');
    expect(fields['Certificate fingerprint']).toBe(
      '3F:A9:0C:7E:12:BD:44:E8:9A:01:5C:6F:D2:7B:88:C3:19:E4:A0:5B:7C:2D:96:F1:0E:83:4A:B6:D5:21:C8:7F',
    );
    expect(fields['Certificate fingerprint']).toBe(rsaKey.fingerprint_sha256?.toUpperCase());
  });

  it('falls back to the issuer override when the computed issuer is unavailable', () => {
    const detached = patchedSamlPair(pair, { url_issuer: '-', issuer_override: 'https://authentik.company/custom-entity' });
    expect(youtrack.configure(detached)[0]!.fields[2]?.value).toBe('https://authentik.company/custom-entity');
  });

  const usernameNote = (p: CreatedPair) =>
    (youtrack.configure(p)[0]!.notes ?? []).find((note) => /username/i.test(note.text) && /NameID|username/.test(note.text));

  it('warns when users may change their username, because YouTrack matches on it', () => {
    const note = usernameNote(createdSamlPair(buildFor(), authentikSettings({ default_user_change_username: true })));
    expect(note).toEqual({ tone: 'warning', text: expect.stringMatching(/turn off System › Settings › Allow users to change username/) });
  });

  it('confirms when usernames are fixed, and says so when the setting could not be read', () => {
    expect(usernameNote(createdSamlPair(buildFor(), authentikSettings({ default_user_change_username: false })))).toMatchObject({
      tone: 'info',
      text: expect.stringMatching(/cannot change their username/),
    });
    expect(usernameNote(createdSamlPair(buildFor(), null))).toMatchObject({ tone: 'info', text: expect.stringMatching(/Could not read/) });
  });

  it('raises no provider warnings for a pair the wizard created', () => {
    const warnings = youtrack.configure(pair).flatMap((section) => section.notes ?? []).filter((note) => note.tone === 'warning');
    expect(warnings).toEqual([]);
  });

  it('warns about an existing provider YouTrack cannot verify or will reject', () => {
    const broken = patchedSamlPair(pair, { signing_kp: null, sp_binding: 'redirect', default_relay_state: 'https://elsewhere.example/' });
    const text = (youtrack.configure({ ...broken, signingKey: null })[0]!.notes ?? []).filter((n) => n.tone === 'warning').map((n) => n.text).join('\n');
    expect(text).toMatch(/no signing certificate/);
    expect(text).toMatch(/Binding to Post/);
    expect(text).toMatch(/relay state/);
  });

  it('uses the simulated read-back that matches the official response schema', () => {
    if (pair.protocol !== 'saml') throw new Error('fixture');
    const contract = loadContract();
    expect(contract.validateComponent('SAMLProvider', pair.provider).errors).toEqual([]);
    expect(contract.validateComponent('Application', pair.application).errors).toEqual([]);
    expect(contract.validateComponent('CertificateKeyPair', rsaKey).errors).toEqual([]);
    expect(contract.validateComponent('Settings', pair.settings).errors).toEqual([]);
  });
});

describe('YouTrack: the admin copies the SP values back into authentik', () => {
  const followUp = youtrack.followUp!;
  const pair = createdSamlPair(buildFor('https://company.com/youtrack'));
  const schema = followUp.schema(pair);
  const acs = 'https://company.com/youtrack/hub/api/rest/auth/landing/saml/0f1e2d3c';
  const entity = 'https://company.com/youtrack/hub/saml/0f1e2d3c';
  const error = (values: Record<string, unknown>, key: string) => {
    const result = schema.safeParse(values);
    return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === key)?.message;
  };

  it('asks for the ACS URL and SP entity ID', () => {
    expect(followUp.title).toBe("Copy YouTrack's SP values back into authentik");
    expect(Object.keys(followUp.ui)).toEqual(['acs', 'entity']);
    expect(followUp.ui.acs?.label).toBe('ACS URL');
    expect(followUp.ui.entity?.label).toBe('SP entity ID');
  });

  it('accepts https values on the YouTrack host and trims them', () => {
    expect(schema.parse({ acs: ` ${acs} `, entity: ` ${entity}\n` })).toEqual({ acs, entity });
  });

  it('rejects http, another host, the placeholder and empty values', () => {
    expect(error({ acs: acs.replace('https:', 'http:'), entity }, 'acs')).toMatch(/must start with https:\/\//);
    expect(error({ acs: 'https://evil.example/acs', entity }, 'acs')).toMatch(/must be on your YouTrack host company\.com, but it points to evil\.example/);
    expect(error({ acs: 'https://company.com:8443/acs', entity }, 'acs')).toMatch(/YouTrack host/);
    expect(error({ acs: 'https://company.com/youtrack/replace-with-the-acs-url-youtrack-shows', entity }, 'acs')).toMatch(/placeholder/);
    expect(error({ acs: 'https://temp.temp', entity }, 'acs')).toMatch(/placeholder/);
    expect(error({ acs: 'not a url', entity }, 'acs')).toMatch(/not a URL/);
    expect(error({ acs: '', entity }, 'acs')).toMatch(/Paste the ACS URL/);
    expect(error({ acs, entity: '' }, 'entity')).toMatch(/Paste the SP entity ID/);
    expect(error({ acs, entity: 'two words' }, 'entity')).toMatch(/no spaces/);
    expect(error({}, 'acs')).toMatch(/Paste the ACS URL/);
  });

  it('derives the host from the placeholder when the application has no launch URL', () => {
    const noLaunch: CreatedPair = { ...pair, application: { ...pair.application, meta_launch_url: '' } };
    const fromPlaceholder = followUp.schema(noLaunch);
    expect(fromPlaceholder.safeParse({ acs, entity }).success).toBe(true);
    expect(fromPlaceholder.safeParse({ acs: 'https://other.company/acs', entity }).success).toBe(false);
  });

  it('writes them into the ACS URL and Audience with a PATCH the schema accepts', () => {
    const patch = followUp.patch({ acs, entity });
    expect(patch).toEqual({ acs_url: acs, audience: entity });
    expect(
      loadContract().validateRequest({ method: 'PATCH', apiPath: '/providers/saml/42/', query: new URLSearchParams(), body: patch }),
    ).toEqual({ ok: true });
  });

  it('is open while the placeholder is set, and prefilled and done once authentik holds real values', () => {
    expect(followUp.isDone(pair)).toBe(false);
    expect(followUp.current(pair)).toEqual({});
    const halfway = patchedSamlPair(pair, { acs_url: acs });
    expect(followUp.isDone(halfway)).toBe(false);
    expect(followUp.current(halfway)).toEqual({ acs });
    const done = patchedSamlPair(pair, { acs_url: acs, audience: entity });
    expect(followUp.isDone(done)).toBe(true);
    expect(followUp.current(done)).toEqual({ acs, entity });
  });
});
