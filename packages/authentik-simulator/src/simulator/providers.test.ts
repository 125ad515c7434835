import { describe, expect, it } from 'vitest';
import { ALICE_PK, BOB_PK } from './seed.ts';
import { TRANSACTIONAL, keypairPk, oauth2Body, samlBody, serveSimulatorForTests } from './test-helpers.ts';

const { sim, client } = serveSimulatorForTests({ validateResponses: true });

async function createOAuth2(provider: Record<string, unknown> = {}, slug = 'osticket') {
  const res = await client.call('PUT', TRANSACTIONAL, { body: oauth2Body(sim, { slug, provider }) });
  expect(res.body).toEqual({ applied: true, logs: [] });
  return sim.state.applications.find((app) => app.slug === slug)!.provider!;
}

async function createSaml(provider: Record<string, unknown> = {}) {
  const res = await client.call('PUT', TRANSACTIONAL, { body: samlBody(sim, { provider }) });
  expect(res.body).toEqual({ applied: true, logs: [] });
  return sim.state.applications.find((app) => app.slug === 'youtrack')!.provider!;
}

describe('PATCH providers', () => {
  it('replacing the SAML ACS URL returns the full provider', async () => {
    const pk = await createSaml({ acs_url: 'https://temp.temp' });
    const res = await client.call('PATCH', `/api/v3/providers/saml/${pk}/`, { body: { acs_url: 'https://youtrack.company/hub/acs' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ pk, acs_url: 'https://youtrack.company/hub/acs', assigned_application_slug: 'youtrack' });
    const events = await client.get('/api/v3/events/events/?action=model_updated');
    expect(events.body.results).toHaveLength(1);
  });

  it('a PATCH that sets signing_kp without sign flags is refused (only the submitted fields count)', async () => {
    const pk = await createSaml();
    const res = await client.call('PATCH', `/api/v3/providers/saml/${pk}/`, {
      body: { signing_kp: keypairPk(sim, 'authentik Self-signed Certificate') },
    });
    expect(res.status).toBe(400);
    expect(res.body.non_field_errors).toHaveLength(1);
  });

  it('OAuth2 grant types can be fixed after the fact', async () => {
    const pk = await createOAuth2({ grant_types: undefined });
    const res = await client.call('PATCH', `/api/v3/providers/oauth2/${pk}/`, { body: { grant_types: ['authorization_code'] } });
    expect(res.body.grant_types).toEqual(['authorization_code']);
  });

  it('invalid PATCH values are reported like DRF', async () => {
    const pk = await createOAuth2();
    const res = await client.call('PATCH', `/api/v3/providers/oauth2/${pk}/`, {
      body: { sub_mode: 'nope', access_token_validity: 'forever', redirect_uris: [{ matching_mode: 'strict' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      sub_mode: ['"nope" is not a valid choice.'],
      access_token_validity: ["forever is not in the correct format of 'hours=3;minutes=1'."],
      redirect_uris: [{ url: ['This field is required.'] }],
    });
  });

  it('an unknown provider is 404 and a regular user cannot see or change it', async () => {
    expect((await client.get('/api/v3/providers/oauth2/999/')).body).toEqual({ detail: 'No OAuth2Provider matches the given query.' });
    const pk = await createOAuth2();
    const asAlice = await client.call('PATCH', `/api/v3/providers/oauth2/${pk}/`, { body: { name: 'x' }, token: sim.tokens.regular });
    expect(asAlice.status).toBe(404);
  });
});

describe('verification endpoints', () => {
  it('check_access honours for_user for superusers and rejects unknown users', async () => {
    await createOAuth2();
    const ok = await client.get(`/api/v3/core/applications/osticket/check_access/?for_user=${ALICE_PK}`);
    expect(ok.body).toEqual({ passing: true, messages: [], log_messages: [] });
    const missing = await client.get('/api/v3/core/applications/osticket/check_access/?for_user=4242');
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ for_user: 'User not found' });
  });

  it('preview_user shows email only when the email scope is attached and the user has one', async () => {
    const pk = await createOAuth2();
    const alice = await client.get(`/api/v3/providers/oauth2/${pk}/preview_user/?for_user=${ALICE_PK}`);
    expect(alice.body.preview).toMatchObject({
      aud: sim.state.providers[0]!.kind === 'oauth2' ? (sim.state.providers[0] as { client_id: string }).client_id : '',
      email: 'alice@authentik.company',
      email_verified: false,
      preferred_username: 'alice',
      groups: [],
    });
    expect(alice.body.preview.iss).toMatch(/\/application\/o\/osticket\/$/);
    const bob = await client.get(`/api/v3/providers/oauth2/${pk}/preview_user/?for_user=${BOB_PK}`);
    expect(bob.body.preview).not.toHaveProperty('email');

    const noEmailScope = await createOAuth2(
      { name: 'Provider for CF', client_id: 'cf', property_mappings: [sim.state.scopeMappings[0]!.pk] },
      'cloudflare',
    );
    const cf = await client.get(`/api/v3/providers/oauth2/${noEmailScope}/preview_user/?for_user=${ALICE_PK}`);
    expect(cf.body.preview).not.toHaveProperty('email');
  });

  it('SAML preview_user lists attributes and the NameID', async () => {
    const pk = await createSaml();
    const res = await client.get(`/api/v3/providers/saml/${pk}/preview_user/`);
    expect(res.body.preview.nameID).toBe('akadmin');
    expect(res.body.preview.attributes).toContainEqual({
      Value: ['akadmin@authentik.company'],
      Name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    });
    expect(res.body.preview.attributes).toContainEqual({ Value: ['authentik Admins'], Name: 'http://schemas.xmlsoap.org/claims/Group' });
  });

  it('setup_urls of a provider without application has null per-app URLs', async () => {
    const pk = await createOAuth2();
    sim.state.applications[0]!.provider = null;
    const res = await client.get(`/api/v3/providers/oauth2/${pk}/setup_urls/`);
    expect(res.body).toMatchObject({ issuer: null, provider_info: null, jwks: null, logout: null });
    expect(res.body.authorize).toMatch(/\/application\/o\/authorize\/$/);
  });

  it('providers/all finds providers by name and orphans by application__isnull', async () => {
    await createOAuth2();
    const byName = await client.get('/api/v3/providers/all/?search=Provider%20for%20osTicket');
    expect(byName.body.results).toEqual([expect.objectContaining({ name: 'Provider for osTicket', assigned_application_slug: 'osticket' })]);
    const orphans = await client.get('/api/v3/providers/all/?application__isnull=true');
    expect(orphans.body.results).toEqual([]);
  });
});

describe('SAML metadata', () => {
  it('the API metadata is public JSON and names the metadata URL as entityID', async () => {
    const pk = await createSaml();
    const res = await client.get(`/api/v3/providers/saml/${pk}/metadata/`, { token: null, headers: { Host: 'authentik.company' } });
    expect(res.status).toBe(200);
    expect(res.body.metadata).toContain('entityID="http://authentik.company/application/saml/youtrack/metadata/"');
    expect(res.body.metadata).toContain('<ds:X509Certificate>');
    expect(res.body.metadata).toContain('Location="http://authentik.company/application/saml/youtrack/sso/binding/redirect/"');
  });

  it('?download returns the XML itself, and the public URL serves the same document', async () => {
    const pk = await createSaml();
    const download = await client.get(`/api/v3/providers/saml/${pk}/metadata/?download`);
    expect(download.headers['content-type']).toContain('application/xml');
    expect(download.text).toMatch(/^<md:EntityDescriptor/);
    const publicXml = await client.get('/application/saml/youtrack/metadata/', { token: null });
    expect(publicXml.text).toBe(download.text);
  });

  it('a provider without application has no metadata', async () => {
    const pk = await createSaml();
    sim.state.applications[0]!.provider = null;
    const res = await client.get(`/api/v3/providers/saml/${pk}/metadata/`);
    expect(res.status).toBe(404);
    const detail = await client.get(`/api/v3/providers/saml/${pk}/`);
    expect(detail.body).toMatchObject({ url_sso_redirect: '-', url_unified: '-', url_issuer: 'authentik' });
  });
});

describe('OIDC public endpoints', () => {
  it('JWKS is {} without a signing key and sends ACAO *', async () => {
    await createOAuth2({ signing_key: null });
    const res = await client.get('/application/o/osticket/jwks/', { token: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const discovery = await client.get('/application/o/osticket/.well-known/openid-configuration', { token: null });
    expect(discovery.body.id_token_signing_alg_values_supported).toEqual(['HS256']);
  });

  it('JWKS carries an RS256 key with the certificate when a signing key is set', async () => {
    await createOAuth2();
    const res = await client.get('/application/o/osticket/jwks/', { token: null });
    expect(res.body.keys).toHaveLength(1);
    expect(res.body.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    expect(res.body.keys[0].kid).toMatch(/^[0-9a-f]{32}$/);
    expect(res.body.keys[0].x5c[0]).toBe(sim.state.keypairs.find((kp) => kp.name === 'authentik Self-signed Certificate')!.certificateDerBase64);
  });

  it('JWKS and discovery are 404 for a slug whose provider is not OAuth2', async () => {
    await createSaml();
    expect((await client.get('/application/o/youtrack/jwks/', { token: null })).status).toBe(404);
    expect((await client.get('/application/o/nothing/.well-known/openid-configuration', { token: null })).status).toBe(404);
  });

  it('the discovery document allows CORS only for an origin of a redirect URI', async () => {
    await createOAuth2();
    const allowed = await client.get('/application/o/osticket/.well-known/openid-configuration', {
      token: null,
      headers: { Origin: 'https://osticket.company', Host: 'authentik.company', 'X-Forwarded-Proto': 'https' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://osticket.company');
    expect(allowed.body).toMatchObject({
      issuer: 'https://authentik.company/application/o/osticket/',
      jwks_uri: 'https://authentik.company/application/o/osticket/jwks/',
      authorization_endpoint: 'https://authentik.company/application/o/authorize/',
      grant_types_supported: ['authorization_code', 'refresh_token'],
    });
    const other = await client.get('/application/o/osticket/.well-known/openid-configuration', {
      token: null,
      headers: { Origin: 'https://wizard.example.com' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const root = await client.get('/application/o/osticket/', { token: null });
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/application/o/osticket/.well-known/openid-configuration');
  });

  it('a redirect URI with a trailing slash is refused and shows up as configuration_error', async () => {
    await createOAuth2({
      client_id: 'cloudflare-client',
      redirect_uris: [{ matching_mode: 'strict', url: 'https://team.cloudflareaccess.com/cdn-cgi/access/callback' }],
    });
    const sent = 'https://team.cloudflareaccess.com/cdn-cgi/access/callback/';
    const res = await client.get(
      `/application/o/authorize/?client_id=cloudflare-client&response_type=code&redirect_uri=${encodeURIComponent(sent)}`,
      {
        token: null,
      },
    );
    expect(res.status).toBe(400);
    expect(res.text).toContain('Redirect URI Error');
    const events = await client.get('/api/v3/events/events/?action=configuration_error&ordering=-created&page_size=5');
    expect(events.body.results[0].context).toMatchObject({
      message: `Invalid redirect URI was used. Client used '${sent}'. Allowed redirect URIs are https://team.cloudflareaccess.com/cdn-cgi/access/callback`,
      provider: { name: 'Provider for osTicket', model_name: 'oauth2provider' },
    });
  });

  it('the exact redirect URI proceeds to the login flow; a regex must match fully', async () => {
    await createOAuth2({ client_id: 'rx', redirect_uris: [{ matching_mode: 'regex', url: 'https://[a-z]+\\.example\\.com/cb' }] });
    const good = await client.get('/application/o/authorize/?client_id=rx&response_type=code&redirect_uri=https://app.example.com/cb', {
      token: null,
    });
    expect(good.status).toBe(302);
    expect(good.headers.location).toMatch(/^\/flows\/-\/default\/authentication\//);
    const partial = await client.get('/application/o/authorize/?client_id=rx&response_type=code&redirect_uri=https://app.example.com/cb/extra', {
      token: null,
    });
    expect(partial.status).toBe(400);
  });

  it('a provider without grant types cannot start a code flow', async () => {
    await createOAuth2({ client_id: 'nogrant', grant_types: undefined });
    const res = await client.get(
      '/application/o/authorize/?client_id=nogrant&response_type=code&redirect_uri=https://osticket.company/api/auth/oauth2&state=s1',
      { token: null },
    );
    expect(res.status).toBe(302);
    expect(res.headers.location).toContain('error=unauthorized_client');
    expect(res.headers.location).toContain('state=s1');
  });
});
