import { X509Certificate, createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { serveSimulatorForTests } from './test-helpers.ts';

const { sim, client } = serveSimulatorForTests({ validateResponses: true });

describe('version and settings', () => {
  it('reports authentik 2026.8.3', async () => {
    const res = await client.get('/api/v3/admin/version/');
    expect(res.body).toMatchObject({ version_current: '2026.8.3', outdated: false });
  });

  it('settings show the fresh-install default: users may not change their username', async () => {
    const res = await client.get('/api/v3/admin/settings/');
    expect(res.body).toMatchObject({ default_user_change_username: false, flags: { core_default_app_access: true } });
  });

  it('settings are not visible to a user without permissions', async () => {
    const res = await client.get('/api/v3/admin/settings/', { token: sim.tokens.regular });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ detail: 'You do not have permission to perform this action.' });
  });
});

describe('flows', () => {
  it('the authorization flows are listed with UUID pks, ordered by slug', async () => {
    const res = await client.get('/api/v3/flows/instances/?designation=authorization');
    expect(res.status).toBe(200);
    expect(res.body.pagination).toEqual({ next: 0, previous: 0, count: 2, current: 1, total_pages: 1, start_index: 1, end_index: 2 });
    expect(res.body.results.map((flow: { slug: string }) => flow.slug)).toEqual([
      'default-provider-authorization-explicit-consent',
      'default-provider-authorization-implicit-consent',
    ]);
    expect(res.body.results[0].pk).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.autocomplete).toEqual({});
  });

  it('a flow can be found by slug and by search', async () => {
    const bySlug = await client.get('/api/v3/flows/instances/?slug=default-provider-invalidation-flow');
    expect(bySlug.body.results).toEqual([
      expect.objectContaining({ designation: 'invalidation', name: 'Logout', title: "You've logged out of %(app)s." }),
    ]);
    const bySearch = await client.get('/api/v3/flows/instances/?designation=invalidation&search=provider');
    expect(bySearch.body.results.map((flow: { slug: string }) => flow.slug)).toEqual(['default-provider-invalidation-flow']);
  });

  it('an unknown designation is a 400 from the filter', async () => {
    const res = await client.get('/api/v3/flows/instances/?designation=foo');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ designation: ['Select a valid choice. foo is not one of the available choices.'] });
  });

  it('pagination uses page numbers and 0 for "none"; a page past the end is 404', async () => {
    const first = await client.get('/api/v3/flows/instances/?page_size=4');
    expect(first.body.pagination).toMatchObject({ next: 2, previous: 0, current: 1, start_index: 1, end_index: 4 });
    const last = await client.get(`/api/v3/flows/instances/?page_size=4&page=${first.body.pagination.total_pages}`);
    expect(last.body.pagination.next).toBe(0);
    const beyond = await client.get('/api/v3/flows/instances/?page=99');
    expect(beyond.status).toBe(404);
    expect(beyond.body).toEqual({ detail: 'Invalid page.' });
  });

  it('a user without view permission gets an empty list, not an error', async () => {
    const res = await client.get('/api/v3/flows/instances/', { token: sim.tokens.regular });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([]);
  });
});

describe('certificate-key pairs', () => {
  it('has_key=true hides the certificate-only pair', async () => {
    const all = await client.get('/api/v3/crypto/certificatekeypairs/');
    expect(all.body.results).toHaveLength(3);
    const withKey = await client.get('/api/v3/crypto/certificatekeypairs/?has_key=true');
    expect(withKey.body.results.map((kp: { name: string }) => kp.name)).toEqual([
      'authentik Internal JWT Certificate',
      'authentik Self-signed Certificate',
    ]);
    expect(withKey.body.results.every((kp: { private_key_available: boolean }) => kp.private_key_available)).toBe(true);
  });

  it('key_type is repeatable', async () => {
    const ec = await client.get('/api/v3/crypto/certificatekeypairs/?key_type=ec');
    expect(ec.body.results.map((kp: { key_type: string }) => kp.key_type)).toEqual(['ec']);
    const both = await client.get('/api/v3/crypto/certificatekeypairs/?key_type=rsa&key_type=ec');
    expect(both.body.results).toHaveLength(3);
  });

  it('the self-signed certificate is real and its fingerprints match the DER', async () => {
    const list = await client.get('/api/v3/crypto/certificatekeypairs/?name=authentik%20Self-signed%20Certificate');
    const keypair = list.body.results[0];
    expect(keypair).toMatchObject({ key_type: 'rsa', managed: null, private_key_available: true });
    const pem = await client.get(`/api/v3/crypto/certificatekeypairs/${keypair.pk}/view_certificate/`);
    expect(pem.body.data).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const cert = new X509Certificate(pem.body.data);
    const sha256 = createHash('sha256').update(cert.raw).digest('hex').match(/../g)!.join(':');
    expect(keypair.fingerprint_sha256).toBe(sha256);
    expect(keypair.fingerprint_sha1).toMatch(/^([0-9a-f]{2}:){19}[0-9a-f]{2}$/);
    expect(new Date(keypair.cert_expiry).getTime()).toBeGreaterThan(Date.now() + 300 * 24 * 3600 * 1000);
    expect(keypair.cert_subject).toBe('OU=Self-signed,O=authentik,CN=authentik Self-signed Certificate');
    const single = await client.get(`/api/v3/crypto/certificatekeypairs/${keypair.pk}/`);
    expect(single.body).toEqual(keypair);
  });

  it('the JWT certificate is managed', async () => {
    const res = await client.get('/api/v3/crypto/certificatekeypairs/?managed=goauthentik.io/crypto/jwt-managed');
    expect(res.body.results.map((kp: { name: string }) => kp.name)).toEqual(['authentik Internal JWT Certificate']);
  });

  it('viewing a certificate is audited as secret_view', async () => {
    const kp = sim.state.keypairs[0]!;
    await client.get(`/api/v3/crypto/certificatekeypairs/${kp.pk}/view_certificate/`);
    const events = await client.get('/api/v3/events/events/?action=secret_view');
    expect(events.body.results).toHaveLength(1);
  });

  it('an unknown keypair is 404 and a malformed UUID too', async () => {
    expect((await client.get('/api/v3/crypto/certificatekeypairs/0c8a2b54-7e2e-4a8e-9e55-3d3f5b1f4c11/')).status).toBe(404);
    expect((await client.get('/api/v3/crypto/certificatekeypairs/not-a-uuid/')).status).toBe(404);
  });
});

describe('property mappings', () => {
  it('scope mappings filter by repeated managed ids', async () => {
    const res = await client.get(
      '/api/v3/propertymappings/provider/scope/?managed=goauthentik.io/providers/oauth2/scope-openid&managed=goauthentik.io/providers/oauth2/scope-email&managed=goauthentik.io/providers/oauth2/scope-profile',
    );
    expect(res.body.results.map((mapping: { scope_name: string }) => mapping.scope_name).sort()).toEqual(['email', 'openid', 'profile']);
    expect(res.body.results[0].name).toMatch(/^authentik default OAuth Mapping: OpenID '/);
  });

  it('scope mappings filter by scope_name', async () => {
    const res = await client.get('/api/v3/propertymappings/provider/scope/?scope_name=offline_access');
    expect(res.body.results).toEqual([expect.objectContaining({ managed: 'goauthentik.io/providers/oauth2/scope-offline_access' })]);
  });

  it('the seven managed SAML mappings exist with their SAML names', async () => {
    const res = await client.get('/api/v3/propertymappings/provider/saml/?managed__isnull=false');
    expect(res.body.results).toHaveLength(7);
    const username = res.body.results.find((mapping: { managed: string }) => mapping.managed === 'goauthentik.io/providers/saml/username');
    expect(username).toMatchObject({
      name: 'authentik default SAML Mapping: Username',
      saml_name: 'http://schemas.goauthentik.io/2021/02/saml/username',
    });
  });
});

describe('catalogue responses', () => {
  it('fit the schema', async () => {
    await client.get('/api/v3/admin/version/');
    await client.get('/api/v3/admin/settings/');
    await client.get('/api/v3/flows/instances/');
    await client.get('/api/v3/crypto/certificatekeypairs/');
    await client.get('/api/v3/propertymappings/provider/scope/');
    await client.get('/api/v3/propertymappings/provider/saml/');
    expect(sim.violations).toEqual([]);
  });
});
