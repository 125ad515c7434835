import { describe, expect, it } from 'vitest';
import { TRANSACTIONAL, flowPk, keypairPk, oauth2Body, samlBody, serveSimulatorForTests } from './test-helpers.ts';

const { sim, client } = serveSimulatorForTests({ validateResponses: true });

const put = (body: unknown, token?: string) => client.call('PUT', TRANSACTIONAL, { body, token });

describe('creating an OAuth2 application with its provider', () => {
  it('answers applied:true with no ids, and the pair can be read back', async () => {
    const res = await put(oauth2Body(sim));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ applied: true, logs: [] });

    const app = await client.get('/api/v3/core/applications/osticket/');
    expect(app.status).toBe(200);
    expect(app.body).toMatchObject({ slug: 'osticket', name: 'osTicket', provider_obj: { assigned_application_slug: 'osticket' } });
    expect(app.body.pk).toMatch(/^[0-9a-f-]{36}$/);
    expect(app.body.launch_url).toBe('https://osticket.company');

    const provider = await client.get(`/api/v3/providers/oauth2/${app.body.provider}/`);
    expect(provider.body).toMatchObject({
      pk: app.body.provider,
      name: 'Provider for osTicket',
      grant_types: ['authorization_code', 'refresh_token'],
      assigned_application_slug: 'osticket',
      meta_model_name: 'authentik_providers_oauth2.oauth2provider',
      sub_mode: 'hashed_user_id',
      redirect_uris: [{ matching_mode: 'strict', url: 'https://osticket.company/api/auth/oauth2', redirect_uri_type: 'authorization' }],
    });
    expect(provider.body.client_id).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(provider.body.client_secret).toMatch(/^[A-Za-z0-9]{128}$/);
  });

  it('setup URLs are built from the Host and X-Forwarded-Proto of the API request', async () => {
    await put(oauth2Body(sim));
    const pk = sim.state.applications[0]!.provider;
    const res = await client.get(`/api/v3/providers/oauth2/${pk}/setup_urls/`, {
      headers: { Host: 'ak.example.com', 'X-Forwarded-Proto': 'https' },
    });
    expect(res.body).toEqual({
      issuer: 'https://ak.example.com/application/o/osticket/',
      authorize: 'https://ak.example.com/application/o/authorize/',
      token: 'https://ak.example.com/application/o/token/',
      user_info: 'https://ak.example.com/application/o/userinfo/',
      provider_info: 'https://ak.example.com/application/o/osticket/.well-known/openid-configuration',
      logout: 'https://ak.example.com/application/o/osticket/end-session/',
      jwks: 'https://ak.example.com/application/o/osticket/jwks/',
      dcr_registration: null,
    });
    const plain = await client.get(`/api/v3/providers/oauth2/${pk}/setup_urls/`, { headers: { Host: 'auth.internal:9000' } });
    expect(plain.body.issuer).toBe('http://auth.internal:9000/application/o/osticket/');
  });

  it('without grant_types the provider allows no grant at all (the 2026.5 trap)', async () => {
    const body = oauth2Body(sim);
    delete (body.provider as Record<string, unknown>).grant_types;
    delete (body.provider as Record<string, unknown>).client_id;
    await put(body);
    const provider = sim.state.providers[0]!;
    const res = await client.get(`/api/v3/providers/oauth2/${provider.pk}/`);
    expect(res.body.grant_types).toEqual([]);
    expect(res.body).toMatchObject({ client_type: 'confidential', issuer_mode: 'per_provider', include_claims_in_id_token: true });
    expect(res.body.client_id).toMatch(/^[A-Za-z0-9]{40}$/);
  });

  it('records model_created events for the provider and the application', async () => {
    await put(oauth2Body(sim));
    const res = await client.get('/api/v3/events/events/?action=model_created&ordering=-created');
    expect(res.body.results.map((event: { context: { model: { model_name: string } } }) => event.context.model.model_name)).toEqual([
      'application',
      'oauth2provider',
    ]);
    expect(res.body.results[0]).toMatchObject({ user: { username: 'akadmin' }, app: 'authentik.events.middleware' });
  });
});

describe('creating a SAML application with its provider', () => {
  it('creates the pair and exposes the SAML URLs of the request host', async () => {
    const res = await put(samlBody(sim));
    expect(res.body).toEqual({ applied: true, logs: [] });
    const app = await client.get('/api/v3/core/applications/youtrack/', { headers: { Host: 'authentik.company', 'X-Forwarded-Proto': 'https' } });
    const provider = await client.get(`/api/v3/providers/saml/${app.body.provider}/`, {
      headers: { Host: 'authentik.company', 'X-Forwarded-Proto': 'https' },
    });
    expect(provider.body).toMatchObject({
      acs_url: 'https://youtrack.company/hub/api/rest/saml2/acs',
      audience: 'https://youtrack.company/hub',
      sp_binding: 'post',
      sign_assertion: true,
      sign_response: false,
      issuer_override: '',
      url_issuer: 'https://authentik.company/application/saml/youtrack/metadata/',
      url_sso_redirect: 'https://authentik.company/application/saml/youtrack/sso/binding/redirect/',
      url_sso_post: 'https://authentik.company/application/saml/youtrack/sso/binding/post/',
      url_download_metadata: 'https://authentik.company/application/saml/youtrack/metadata/',
    });
    expect(provider.body).not.toHaveProperty('issuer');
    expect(app.body.launch_url).toBe('/application/saml/youtrack/sso/binding/init/');
  });

  it('a signing keypair without sign_assertion or sign_response is refused', async () => {
    const res = await put(samlBody(sim, { provider: { sign_assertion: undefined, sign_response: false } }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      provider: {
        non_field_errors: ["With a signing keypair selected, at least one of 'Sign assertion' and 'Sign Response' must be selected."],
      },
    });
    expect(sim.state.providers).toEqual([]);
  });

  it('a signing key of an unsupported type is refused', async () => {
    const keypair = sim.state.keypairs.find((entry) => entry.name === 'authentik Self-signed Certificate')!;
    sim.state.keypairs.push({ ...keypair, pk: '5a0cbf7e-3c0e-4d6b-9d51-0d1f0f4b2a11', name: 'ed25519 key', keyType: 'ed25519' });
    const res = await put(samlBody(sim, { provider: { signing_kp: '5a0cbf7e-3c0e-4d6b-9d51-0d1f0f4b2a11' } }));
    expect(res.body).toEqual({ provider: { signing_kp: ['Only RSA, EC, and DSA key types are supported for SAML signing.'] } });
  });

  it('a missing acs_url is reported under provider', async () => {
    const body = samlBody(sim);
    delete (body.provider as Record<string, unknown>).acs_url;
    const res = await put(body);
    expect(res.body).toEqual({ provider: { acs_url: ['This field is required.'] } });
  });
});

describe('refusals', () => {
  it('a second create with the same slug is refused and leaves one pair', async () => {
    await put(oauth2Body(sim));
    const second = await put(oauth2Body(sim, { provider: { name: 'Another provider', client_id: 'another-client' } }));
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ app: { slug: ['Application with this slug already exists.'] } });
    expect(sim.state.applications).toHaveLength(1);
    expect(sim.state.providers).toHaveLength(1);
  });

  it('a provider name that already exists is refused with the must_created message', async () => {
    await put(oauth2Body(sim));
    const second = await put(oauth2Body(sim, { slug: 'osticket-2' }));
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ provider: { name: ['State is set to must_created and object exists already'] } });
    expect(sim.state.applications).toHaveLength(1);
  });

  it('a duplicate client_id is refused', async () => {
    await put(oauth2Body(sim, { provider: { client_id: 'fixed-client' } }));
    const second = await put(oauth2Body(sim, { slug: 'other', name: 'Other', provider: { client_id: 'fixed-client' } }));
    expect(second.body).toEqual({ provider: { client_id: ['OAuth2/OpenID Provider with this Client ID already exists.'] } });
  });

  it('flow slugs instead of UUIDs are a 400 naming the flow', async () => {
    const res = await put(oauth2Body(sim, { provider: { authorization_flow: 'default-provider-authorization-implicit-consent' } }));
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      provider: { authorization_flow: ['“default-provider-authorization-implicit-consent” is not a valid UUID.'] },
    });
    expect(sim.violations.some((violation) => violation.kind === 'request')).toBe(true);
  });

  it('empty flows are "may not be null" and unknown UUIDs "does not exist"', async () => {
    const empty = await put(oauth2Body(sim, { provider: { authorization_flow: '', invalidation_flow: '' } }));
    expect(empty.body).toEqual({
      provider: { authorization_flow: ['This field may not be null.'], invalidation_flow: ['This field may not be null.'] },
    });
    const unknown = '0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
    const missing = await put(oauth2Body(sim, { provider: { authorization_flow: unknown, signing_key: unknown } }));
    expect(missing.body).toEqual({
      provider: {
        authorization_flow: [`Invalid pk "${unknown}" - object does not exist.`],
        signing_key: [`Invalid pk "${unknown}" - object does not exist.`],
      },
    });
  });

  it('an invalid regex redirect URI is refused', async () => {
    const res = await put(oauth2Body(sim, { provider: { redirect_uris: [{ matching_mode: 'regex', url: 'https://(unclosed' }] } }));
    expect(res.body).toEqual({ provider: { redirect_uris: ['Invalid Regex Pattern: https://(unclosed'] } });
  });

  it('invalid and reserved slugs are refused under app', async () => {
    const invalid = await put(oauth2Body(sim, { slug: 'has space' }));
    expect(invalid.body).toEqual({ app: { slug: ['Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.'] } });
    const reserved = await put(oauth2Body(sim, { slug: 'authorize' }));
    expect(reserved.body).toEqual({ app: { slug: ["The slug 'authorize' is reserved and cannot be used for applications."] } });
    // the 50-character limit exists before 2025.12 only: see releases.test.ts
  });

  it('a provider without name is a server error (authentik reads it unguarded)', async () => {
    const body = oauth2Body(sim);
    delete (body.provider as Record<string, unknown>).name;
    const res = await put(body);
    expect(res.status).toBe(500);
    expect(sim.state.providers).toEqual([]);
  });

  it('a user without model permissions gets 403 after validation', async () => {
    const invalid = await put(oauth2Body(sim, { provider: { authorization_flow: 'nope' } }), sim.tokens.regular);
    expect(invalid.status).toBe(400);
    const res = await put(oauth2Body(sim), sim.tokens.regular);
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ provider: 'User lacks permission to create authentik_providers_oauth2.oauth2provider' });
    expect(sim.state.providers).toEqual([]);
  });

  it('an anonymous caller is refused before anything is validated', async () => {
    const res = await client.call('PUT', TRANSACTIONAL, { body: {}, token: null });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'Authentication credentials were not provided.' });
  });
});

describe('atomicity', () => {
  it('an invalid provider leaves neither an application nor a provider behind', async () => {
    const res = await put(oauth2Body(sim, { provider: { signing_key: '0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3' } }));
    expect(res.status).toBe(400);
    expect(sim.state.applications).toEqual([]);
    expect(sim.state.providers).toEqual([]);
    const orphans = await client.get('/api/v3/providers/all/?application__isnull=true');
    expect(orphans.body.results).toEqual([]);
  });

  it('an apply that fails after validation answers 200 applied:false and creates nothing', async () => {
    sim.failNextApply();
    const res = await put(oauth2Body(sim));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ applied: false, logs: [] });
    expect(sim.state.applications).toEqual([]);
    expect(sim.state.providers).toEqual([]);
    expect((await client.get('/api/v3/core/applications/osticket/')).status).toBe(404);
    const retry = await put(oauth2Body(sim));
    expect(retry.body).toEqual({ applied: true, logs: [] });
  });
});

describe('policy bindings', () => {
  it('a group binding restricts access to members', async () => {
    const admins = sim.state.groups[0]!.pk;
    const res = await put({ ...oauth2Body(sim), policy_bindings: [{ group: admins, order: 0 }] });
    expect(res.body).toEqual({ applied: true, logs: [] });
    const forAdmin = await client.get('/api/v3/core/applications/osticket/check_access/');
    expect(forAdmin.body).toEqual({ passing: true, messages: [], log_messages: [] });
    const forAlice = await client.get('/api/v3/core/applications/osticket/check_access/?for_user=8');
    expect(forAlice.body.passing).toBe(false);
  });

  it('a binding must name exactly one of group, policy or user', async () => {
    const res = await put({ ...oauth2Body(sim), policy_bindings: [{ order: 0 }] });
    expect(res.body).toEqual({ policy_bindings: [{ non_field_errors: ["One of 'group', 'policy', 'user' must be set."] }] });
  });
});

describe('responses', () => {
  it('every answer above fits the schema when the flow is valid', async () => {
    await put(oauth2Body(sim));
    await put(samlBody(sim));
    expect(sim.violations.filter((violation) => violation.kind === 'response')).toEqual([]);
    expect(flowPk(sim, 'default-authentication-flow')).toBeTruthy();
    expect(keypairPk(sim, 'authentik Self-signed Certificate')).toBeTruthy();
  });
});
