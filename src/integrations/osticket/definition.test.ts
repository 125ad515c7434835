import { describe, expect, it } from 'vitest';
import type { OAuth2ProviderRequest, TransactionApplicationRequest } from '../../features/wizard/engine/types';
import { loadContract } from '../../server/contract/openapi-contract';
import { createdOidcPair, discoveredContext, GENERATED_CLIENT_ID, GENERATED_CLIENT_SECRET, rsaKey, scopeMappings } from '../test-context';
import { osticket } from './definition';

function urlError(value: unknown): string | undefined {
  const result = osticket.inputs.safeParse({ url: value });
  return result.success ? undefined : result.error.issues[0]?.message;
}

function buildFor(url = 'https://helpdesk.company', ctx = discoveredContext()): TransactionApplicationRequest {
  const inputs = osticket.inputs.parse({ url });
  return osticket.build(inputs, osticket.identity(inputs), ctx);
}

function oauthProvider(request: TransactionApplicationRequest): OAuth2ProviderRequest {
  expect(request.provider.provider_model).toBe('authentik_providers_oauth2.oauth2provider');
  return request.provider as OAuth2ProviderRequest;
}

describe('osTicket: the admin enters the osTicket address', () => {
  it.each([
    ['https://helpdesk.company', 'https://helpdesk.company'],
    ['helpdesk.company', 'https://helpdesk.company'],
    ['  HTTPS://HelpDesk.Company/  ', 'https://helpdesk.company'],
    ['https://company.com/osticket/', 'https://company.com/osticket'],
    ['https://company.com/osticket?lang=de#top', 'https://company.com/osticket'],
    ['https://company.com:8443/support', 'https://company.com:8443/support'],
    ['https://company.com/osticket/api/auth/oauth2', 'https://company.com/osticket'],
    ['https://helpdesk.company/api/auth/oauth2/', 'https://helpdesk.company'],
    ['https://company.com/osticket/scp/plugins.php?id=3', 'https://company.com/osticket'],
    ['https://helpdesk.company/scp/', 'https://helpdesk.company'],
    ['https://helpdesk.company/open.php', 'https://helpdesk.company'],
    ['https://company.com/osticket/index.php', 'https://company.com/osticket'],
  ])('accepts %j as %j', (value, url) => {
    expect(osticket.inputs.parse({ url: value })).toEqual({ url });
    expect(osticket.inputs.parse({ url })).toEqual({ url });
  });

  it('asks for the address when it is empty or missing', () => {
    expect(urlError('')).toMatch(/Enter the address of your osTicket/);
    expect(urlError(undefined)).toMatch(/Enter the address of your osTicket/);
  });

  it('requires https and says so', () => {
    expect(urlError('http://helpdesk.company')).toMatch(/Use the https:\/\/ address of osTicket/);
    expect(urlError('ftp://helpdesk.company')).toMatch(/https:\/\//);
  });

  it('rejects things that are not an address', () => {
    expect(urlError('help desk.company')).toMatch(/contains a space/);
    expect(urlError('https://')).toMatch(/not a web address|Enter the address/);
    expect(urlError('https://admin:pw@helpdesk.company')).toMatch(/Remove the user name and password/);
  });

  it('previews the redirect URI osTicket will show', () => {
    expect(osticket.inputUi.url.preview?.('company.com/osticket/scp/')).toBe('Redirect URI: https://company.com/osticket/api/auth/oauth2');
    expect(osticket.inputUi.url.preview?.('http://x')).toBeNull();
  });

  it('names the application osTicket', () => {
    expect(osticket.identity({ url: 'https://helpdesk.company' })).toEqual({ name: 'osTicket', slug: 'osticket' });
  });
});

describe('osTicket: the wizard creates the OAuth2 provider', () => {
  it('sends a request the official authentik schema accepts, with and without a signing key', () => {
    const contract = loadContract();
    for (const request of [buildFor(), buildFor('https://company.com/osticket', discoveredContext({ signingKey: null }))]) {
      expect(
        contract.validateRequest({ method: 'PUT', apiPath: '/core/transactional/applications/', query: new URLSearchParams(), body: request }),
      ).toEqual({ ok: true });
    }
  });

  it('proves the schema check is not vacuous: a provider without redirect URIs is refused', () => {
    const request = buildFor();
    const { redirect_uris: _omit, ...provider } = oauthProvider(request);
    const result = loadContract().validateRequest({
      method: 'PUT',
      apiPath: '/core/transactional/applications/',
      query: new URLSearchParams(),
      body: { ...request, provider },
    });
    expect(result.ok).toBe(false);
  });

  it('registers the plugin callback below the install path, strict and without a trailing slash', () => {
    expect(oauthProvider(buildFor('https://helpdesk.company')).redirect_uris).toEqual([
      { matching_mode: 'strict', url: 'https://helpdesk.company/api/auth/oauth2', redirect_uri_type: 'authorization' },
    ]);
    expect(oauthProvider(buildFor('https://company.com/osticket/')).redirect_uris[0]?.url).toBe('https://company.com/osticket/api/auth/oauth2');
  });

  it('allows the authorization code and refresh token grants', () => {
    expect(oauthProvider(buildFor()).grant_types).toEqual(['authorization_code', 'refresh_token']);
  });

  it('uses the signing key when there is one, never encrypts, and identifies users by email', () => {
    const provider = oauthProvider(buildFor());
    expect(provider.signing_key).toBe(rsaKey.pk);
    expect(oauthProvider(buildFor('https://helpdesk.company', discoveredContext({ signingKey: null }))).signing_key).toBeNull();
    expect(provider.encryption_key).toBeNull();
    expect(provider.include_claims_in_id_token).toBe(true);
    expect(provider.sub_mode).toBe('user_email');
    expect(provider.client_type).toBe('confidential');
    expect(provider).not.toHaveProperty('client_id');
    expect(provider).not.toHaveProperty('client_secret');
  });

  it('grants the openid, email and profile scopes osTicket reads from userinfo', () => {
    expect(oauthProvider(buildFor()).property_mappings).toEqual(
      ['openid', 'email', 'profile'].map((scope) => scopeMappings[`goauthentik.io/providers/oauth2/scope-${scope}`]?.pk),
    );
    expect(osticket.discovery.signingKey).toBe('optional');
  });

  it('links the application to osTicket', () => {
    const request = buildFor('company.com/osticket');
    expect(request.app).toEqual({
      name: 'osTicket',
      slug: 'osticket',
      meta_launch_url: 'https://company.com/osticket',
      open_in_new_tab: false,
      policy_engine_mode: 'any',
    });
    expect(oauthProvider(request).name).toBe('Provider for osTicket');
  });
});

describe('osTicket: the admin fills in the plugin instance', () => {
  const pair = createdOidcPair(buildFor('https://company.com/osticket'));
  const sections = osticket.configure(pair);

  it('follows the plugin form: instance, settings, IdP details, attribute mapping, then agents', () => {
    expect(sections.map((section) => section.title)).toEqual([
      'Instance',
      'Config › Settings',
      'Config › IdP details',
      'Config › User Attributes Mapping',
      'Agents',
    ]);
    expect(sections.map((section) => section.fields.map((field) => field.label))).toEqual([
      ['Name', 'Status'],
      ['Name', 'Authentication Target', 'Authentication Label'],
      [
        'Type',
        'Redirect URI',
        'Client Id',
        'Client Secret',
        'Authorization Endpoint',
        'Token Endpoint',
        'Resource Details Endpoint',
        'Scopes',
      ],
      ['User Identifier', 'Given Name', 'Surname', 'Email Address'],
      ['Authentication Backend'],
    ]);
    expect(sections[0]?.location).toMatch(/Instances › Add New Instance › OAuth2 - Other$/);
  });

  it('takes the credentials and endpoints from what authentik reported', () => {
    if (pair.protocol !== 'oidc') throw new Error('fixture');
    const idp = Object.fromEntries(sections[2]!.fields.map((field) => [field.label, field]));
    expect(idp['Redirect URI']?.value).toBe('https://company.com/osticket/api/auth/oauth2');
    expect(idp['Redirect URI']?.value).toBe(pair.provider.redirect_uris[0]?.url);
    expect(idp['Client Id']?.value).toBe(GENERATED_CLIENT_ID);
    expect(idp['Client Secret']).toMatchObject({ value: GENERATED_CLIENT_SECRET, secret: true });
    expect(idp['Authorization Endpoint']?.value).toBe(pair.setupUrls.authorize);
    expect(idp['Token Endpoint']?.value).toBe(pair.setupUrls.token);
    expect(idp['Resource Details Endpoint']?.value).toBe(pair.setupUrls.user_info);
    expect(idp['Resource Details Endpoint']?.value).toBe('https://authentik.company/application/o/userinfo/');
  });

  it('gives scopes separated by spaces and says not to use commas', () => {
    const scopes = sections[2]!.fields.find((field) => field.label === 'Scopes');
    expect(scopes?.value).toBe('openid email profile');
    expect(sections[2]!.notes?.map((note) => note.text)).toContain('Scopes: spaces, not commas.');
  });

  it('maps attributes to what authentik sends and leaves Surname empty', () => {
    expect(sections[3]!.fields.map((field) => [field.label, field.value])).toEqual([
      ['User Identifier', 'email'],
      ['Given Name', 'name'],
      ['Surname', ''],
      ['Email Address', 'email'],
    ]);
    expect(sections[3]!.fields[2]?.help).toMatch(/Leave empty/);
  });

  it('warns that agents must already exist with the same email and how to set their backend', () => {
    const agents = sections[4]!;
    expect(agents.fields[0]?.value).toBe('Use any available backend');
    expect(agents.notes).toEqual([expect.objectContaining({ tone: 'warning', text: expect.stringMatching(/must already exist.*same email address/) })]);
  });

  it('raises no provider warnings for a pair the wizard created', () => {
    expect(sections.flatMap((section) => section.notes ?? []).filter((note) => note.tone === 'warning')).toHaveLength(1);
  });

  it('flags an existing provider whose redirect URI osTicket cannot match', () => {
    if (pair.protocol !== 'oidc') throw new Error('fixture');
    const regex = { ...pair, provider: { ...pair.provider, redirect_uris: [{ matching_mode: 'regex' as const, url: '.*', redirect_uri_type: 'authorization' as const }] } };
    expect(osticket.configure(regex)[2]!.notes?.some((note) => note.tone === 'warning' && /regular expression/.test(note.text))).toBe(true);
    const noCallback = { ...pair, provider: { ...pair.provider, redirect_uris: [{ matching_mode: 'strict' as const, url: 'https://company.com/osticket/', redirect_uri_type: 'authorization' as const }] } };
    expect(osticket.configure(noCallback)[2]!.notes?.some((note) => note.tone === 'warning' && /ending in \/api\/auth\/oauth2/.test(note.text))).toBe(true);
  });
});
