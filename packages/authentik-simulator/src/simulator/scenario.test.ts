import { describe, expect, it } from 'vitest';
import { TRANSACTIONAL, serveSimulatorForTests } from './test-helpers.ts';

/**
 * The wizard's whole journey against a fresh simulator, with response validation on: discover,
 * create (OAuth2 and SAML), read back, verify, fix. Every request and answer must fit the schema.
 */
const { sim, client } = serveSimulatorForTests({ validateResponses: true }, { resetEachTest: false });
const host = { Host: 'authentik.company', 'X-Forwarded-Proto': 'https' };

async function first(path: string) {
  const res = await client.get(path, { headers: host });
  expect(res.status).toBe(200);
  return res.body.results[0];
}

describe('a complete wizard run', () => {
  it('produces no request or response contract violations', async () => {
    const me = await client.get('/api/v3/core/users/me/', { headers: host });
    expect(me.body.user.is_superuser).toBe(true);
    await client.get('/api/v3/admin/version/', { headers: host });
    const settings = await client.get('/api/v3/admin/settings/', { headers: host });
    expect(settings.body.default_user_change_username).toBe(false);

    const authz = await first('/api/v3/flows/instances/?designation=authorization&slug=default-provider-authorization-implicit-consent');
    const inval = await first('/api/v3/flows/instances/?designation=invalidation&slug=default-provider-invalidation-flow');
    const keys = await client.get('/api/v3/crypto/certificatekeypairs/?has_key=true&key_type=rsa&key_type=ec', { headers: host });
    const signing = keys.body.results.find((kp: { name: string }) => kp.name === 'authentik Self-signed Certificate');
    const scopes = await client.get(
      '/api/v3/propertymappings/provider/scope/?managed=goauthentik.io/providers/oauth2/scope-openid&managed=goauthentik.io/providers/oauth2/scope-email&managed=goauthentik.io/providers/oauth2/scope-profile',
      { headers: host },
    );
    const samlMappings = await client.get(
      '/api/v3/propertymappings/provider/saml/?managed=goauthentik.io/providers/saml/username&managed=goauthentik.io/providers/saml/email',
      {
        headers: host,
      },
    );
    const username = samlMappings.body.results.find((mapping: { managed: string }) => mapping.managed.endsWith('/username'));

    // pre-checks: slug and provider name are free
    expect((await client.get('/api/v3/core/applications/?slug=cloudflare&superuser_full_list=true', { headers: host })).body.results).toEqual([]);
    expect((await client.get('/api/v3/providers/all/?search=Provider%20for%20Cloudflare%20Access', { headers: host })).body.results).toEqual([]);

    const oauth = await client.call('PUT', TRANSACTIONAL, {
      headers: host,
      body: {
        app: { name: 'Cloudflare Access', slug: 'cloudflare', policy_engine_mode: 'any', open_in_new_tab: false },
        provider_model: 'authentik_providers_oauth2.oauth2provider',
        provider: {
          name: 'Provider for Cloudflare Access',
          authorization_flow: authz.pk,
          invalidation_flow: inval.pk,
          client_type: 'confidential',
          grant_types: ['authorization_code', 'refresh_token'],
          redirect_uris: [
            { matching_mode: 'strict', url: 'https://team.cloudflareaccess.com/cdn-cgi/access/callback', redirect_uri_type: 'authorization' },
          ],
          signing_key: signing.pk,
          encryption_key: null,
          include_claims_in_id_token: true,
          property_mappings: scopes.body.results.map((mapping: { pk: string }) => mapping.pk),
        },
      },
    });
    expect(oauth.body).toEqual({ applied: true, logs: [] });

    const saml = await client.call('PUT', TRANSACTIONAL, {
      headers: host,
      body: {
        app: { name: 'YouTrack', slug: 'youtrack' },
        provider_model: 'authentik_providers_saml.samlprovider',
        provider: {
          name: 'Provider for YouTrack',
          authorization_flow: authz.pk,
          invalidation_flow: inval.pk,
          acs_url: 'https://temp.temp',
          sp_binding: 'post',
          signing_kp: signing.pk,
          sign_assertion: true,
          sign_response: false,
          name_id_mapping: username.pk,
          property_mappings: samlMappings.body.results.map((mapping: { pk: string }) => mapping.pk),
        },
      },
    });
    expect(saml.body).toEqual({ applied: true, logs: [] });

    // read back and verify the OAuth2 side
    const cfApp = await client.get('/api/v3/core/applications/cloudflare/', { headers: host });
    const cfProvider = await client.get(`/api/v3/providers/oauth2/${cfApp.body.provider}/`, { headers: host });
    expect(cfProvider.body.assigned_application_slug).toBe('cloudflare');
    const urls = await client.get(`/api/v3/providers/oauth2/${cfApp.body.provider}/setup_urls/`, { headers: host });
    expect(urls.body.jwks).toBe('https://authentik.company/application/o/cloudflare/jwks/');
    const preview = await client.get(`/api/v3/providers/oauth2/${cfApp.body.provider}/preview_user/?for_user=${me.body.user.pk}`, { headers: host });
    expect(preview.body.preview.email).toBe('akadmin@authentik.company');
    const access = await client.get(`/api/v3/core/applications/cloudflare/check_access/?for_user=${me.body.user.pk}`, { headers: host });
    expect(access.body.passing).toBe(true);
    const jwks = await client.get('/application/o/cloudflare/jwks/', { token: null, headers: host });
    expect(jwks.body.keys[0].alg).toBe('RS256');

    // read back, fix and verify the SAML side
    const ytApp = await client.get('/api/v3/core/applications/youtrack/', { headers: host });
    const patched = await client.call('PATCH', `/api/v3/providers/saml/${ytApp.body.provider}/`, {
      headers: host,
      body: { acs_url: 'https://youtrack.company/hub/api/rest/saml2/acs', audience: 'https://youtrack.company/hub' },
    });
    expect(patched.body.url_issuer).toBe('https://authentik.company/application/saml/youtrack/metadata/');
    const metadata = await client.get(`/api/v3/providers/saml/${ytApp.body.provider}/metadata/`, { token: null, headers: host });
    expect(metadata.body.metadata).toContain(signing ? 'X509Certificate' : '');
    const samlPreview = await client.get(`/api/v3/providers/saml/${ytApp.body.provider}/preview_user/?for_user=${me.body.user.pk}`, {
      headers: host,
    });
    expect(samlPreview.body.preview.nameID).toBe('akadmin');
    const keypair = await client.get(`/api/v3/crypto/certificatekeypairs/${signing.pk}/`, { headers: host });
    expect(keypair.body.fingerprint_sha256).toBe(signing.fingerprint_sha256);
    const certificate = await client.get(`/api/v3/crypto/certificatekeypairs/${signing.pk}/view_certificate/`, { headers: host });
    expect(certificate.body.data).toContain('BEGIN CERTIFICATE');

    // a client using the wrong redirect URI, then the verifier reading the event
    await client.get(
      `/application/o/authorize/?client_id=${cfProvider.body.client_id}&response_type=code&redirect_uri=${encodeURIComponent('https://team.cloudflareaccess.com/cdn-cgi/access/callback/')}`,
      { token: null, headers: host },
    );
    const events = await client.get('/api/v3/events/events/?action=configuration_error&ordering=-created', { headers: host });
    expect(events.body.results).toHaveLength(1);
    await client.get('/api/v3/providers/all/?application__isnull=true', { headers: host });
    await client.get('/api/v3/core/applications/?superuser_full_list=true', { headers: host });

    expect(sim.violations).toEqual([]);
  });
});
