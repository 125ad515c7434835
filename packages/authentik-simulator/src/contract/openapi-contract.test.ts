import { describe, expect, it } from 'vitest';
import { loadContract } from './openapi-contract.ts';

const FLOW = '3f1c2a9e-0000-4000-8000-000000000001';
const INVALIDATION = '3f1c2a9e-0000-4000-8000-000000000002';
const TRANSACTIONAL = '/core/transactional/applications/';

function oauth2Body(provider: Record<string, unknown> = {}, app: Record<string, unknown> = {}) {
  return {
    app: { name: 'Grafana', slug: 'grafana', policy_engine_mode: 'any', meta_launch_url: 'https://grafana.example.com/', ...app },
    provider_model: 'authentik_providers_oauth2.oauth2provider',
    provider: {
      name: 'Provider for Grafana',
      authorization_flow: FLOW,
      invalidation_flow: INVALIDATION,
      client_type: 'confidential',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: [{ matching_mode: 'strict', url: 'https://grafana.example.com/login/generic_oauth', redirect_uri_type: 'authorization' }],
      signing_key: null,
      property_mappings: ['aa000000-0000-4000-8000-000000000010'],
      ...provider,
    },
  };
}

describe('operation lookup', () => {
  const contract = loadContract();

  it('resolves templated paths and prefers literal segments', () => {
    expect(contract.findOperation('GET', '/core/applications/my-slug/')).toMatchObject({
      operationId: 'core_applications_retrieve',
      template: '/core/applications/{slug}/',
      pathParams: { slug: 'my-slug' },
    });
    expect(contract.findOperation('get', '/core/users/me/')?.operationId).toBe('core_users_me_retrieve');
    expect(contract.findOperation('GET', '/crypto/certificatekeypairs/0c8a2b54-7e2e-4a8e-9e55-3d3f5b1f4c11/view_certificate/')).toMatchObject({
      pathParams: { kp_uuid: '0c8a2b54-7e2e-4a8e-9e55-3d3f5b1f4c11' },
    });
  });

  it('does not match without the trailing slash', () => {
    expect(contract.findOperation('GET', '/core/users/me')).toBeNull();
  });

  it('knows which operations allow anonymous access', () => {
    expect(contract.findOperation('GET', '/providers/saml/3/metadata/')?.allowsAnonymous).toBe(true);
    expect(contract.findOperation('GET', '/providers/saml/3/')?.allowsAnonymous).toBe(false);
  });
});

describe('request validation', () => {
  const contract = loadContract();

  it('accepts a valid OAuth2 transactional body', () => {
    expect(contract.validateRequest({ method: 'PUT', apiPath: TRANSACTIONAL, body: oauth2Body() })).toEqual({ ok: true });
  });

  it('reports flow slugs sent instead of UUIDs under provider, like authentik', () => {
    const result = contract.validateRequest({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      body: oauth2Body({ authorization_flow: 'default-provider-authorization-implicit-consent', invalidation_flow: '' }),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.where).toBe('body');
    expect(result.drf).toEqual({
      provider: {
        authorization_flow: ['“default-provider-authorization-implicit-consent” is not a valid UUID.'],
        invalidation_flow: ['This field may not be null.'],
      },
    });
  });

  it('reports missing required fields with DRF wording', () => {
    const body = oauth2Body();
    delete (body.app as Record<string, unknown>).slug;
    const result = contract.validateRequest({ method: 'PUT', apiPath: TRANSACTIONAL, body });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.drf).toEqual({ app: { slug: ['This field is required.'] } });

    const noRedirects = oauth2Body();
    delete (noRedirects.provider as Record<string, unknown>).redirect_uris;
    const second = contract.validateRequest({ method: 'PUT', apiPath: TRANSACTIONAL, body: noRedirects });
    expect(second.ok ? null : second.drf).toEqual({ provider: { redirect_uris: ['This field is required.'] } });
  });

  it('answers app-level errors before looking at the provider (serializer fields first)', () => {
    const result = contract.validateRequest({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      body: oauth2Body({ authorization_flow: 'nope' }, { name: '' }),
    });
    expect(result.ok ? null : result.drf).toEqual({ app: { name: ['This field may not be blank.'] } });
  });

  it('nests list errors the way DRF does', () => {
    const result = contract.validateRequest({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      body: oauth2Body({
        redirect_uris: [
          { matching_mode: 'strict', url: 'https://ok.example.com/cb' },
          { matching_mode: 'x', url: 'https://x.example.com/cb' },
        ],
        grant_types: ['authorization_code', 'magic'],
        property_mappings: ['abc'],
        client_id: 'x'.repeat(256),
      }),
    });
    expect(result.ok ? null : result.drf).toEqual({
      provider: {
        redirect_uris: [{}, { matching_mode: ['"x" is not a valid choice.'] }],
        grant_types: { 1: ['"magic" is not a valid choice.'] },
        property_mappings: ['“abc” is not a valid UUID.'],
        client_id: ['Ensure this field has no more than 255 characters.'],
      },
    });
  });

  it('uses DRF type messages', () => {
    const result = contract.validateRequest({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      body: oauth2Body({ include_claims_in_id_token: 'yes', redirect_uris: 'https://x', jwt_federation_providers: ['a'], name: 5 }),
    });
    expect(result.ok ? null : result.drf).toEqual({
      provider: {
        include_claims_in_id_token: ['Must be a valid boolean.'],
        redirect_uris: ['Expected a list of items but got type "str".'],
        jwt_federation_providers: ['A valid integer is required.'],
        name: ['Not a valid string.'],
      },
    });
  });

  it('reports a non-object nested serializer under its non_field_errors', () => {
    const result = contract.validateRequest({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      body: { app: 'grafana', provider_model: 'authentik_providers_oauth2.oauth2provider', provider: {} },
    });
    expect(result.ok ? null : result.drf).toEqual({ app: { non_field_errors: ['Invalid data. Expected a dictionary, but got str.'] } });
    const list = contract.validateRequest({ method: 'PUT', apiPath: TRANSACTIONAL, body: [] });
    expect(list.ok ? null : list.drf).toEqual({ non_field_errors: ['Invalid data. Expected a dictionary, but got list.'] });
  });

  it('validates SAML providers against SAMLProviderRequest', () => {
    const result = contract.validateRequest({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      body: {
        app: { name: 'YouTrack', slug: 'youtrack' },
        provider_model: 'authentik_providers_saml.samlprovider',
        provider: { name: 'Provider for YouTrack', authorization_flow: FLOW, invalidation_flow: INVALIDATION, sp_binding: 'artifact' },
      },
    });
    expect(result.ok ? null : result.drf).toEqual({
      provider: { acs_url: ['This field is required.'], sp_binding: ['"artifact" is not a valid choice.'] },
    });
  });

  it('accepts other provider models without validating their provider dict', () => {
    const result = contract.validateRequest({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      body: { app: { name: 'LDAP', slug: 'ldap' }, provider_model: 'authentik_providers_ldap.ldapprovider', provider: { name: 'x' } },
    });
    expect(result).toEqual({ ok: true });
  });

  it('treats an empty string for a nullable relation as null (accepted, but still a schema issue)', () => {
    const result = contract.validateRequest({ method: 'PUT', apiPath: TRANSACTIONAL, body: oauth2Body({ signing_key: '' }) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.drf).toEqual({});
    expect(result.errors[0]).toMatchObject({ pointer: '/provider/signing_key', keyword: 'format', drfMessage: null });
  });

  it('rejects a bad enum value in a list filter with the django-filter message', () => {
    const result = contract.validateRequest({
      method: 'GET',
      apiPath: '/flows/instances/',
      query: new URLSearchParams('designation=foo'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.where).toBe('query');
    expect(result.drf).toEqual({ designation: ['Select a valid choice. foo is not one of the available choices.'] });
  });

  it('coerces query strings: repeated keys are arrays, booleans are true/false', () => {
    expect(
      contract.validateRequest({
        method: 'GET',
        apiPath: '/crypto/certificatekeypairs/',
        query: new URLSearchParams('has_key=true&key_type=rsa&key_type=ec&unknown=1'),
      }),
    ).toEqual({ ok: true });
    const bad = contract.validateRequest({
      method: 'GET',
      apiPath: '/crypto/certificatekeypairs/',
      query: new URLSearchParams('key_type=rsa&key_type=rsa4096'),
    });
    expect(bad.ok ? null : bad.drf).toEqual({ key_type: ['Select a valid choice. rsa4096 is not one of the available choices.'] });
  });

  it('flags malformed path parameters as not found', () => {
    const result = contract.validateRequest({ method: 'GET', apiPath: '/providers/oauth2/abc/' });
    expect(result.ok ? null : { where: result.where, drf: result.drf }).toEqual({ where: 'path', drf: { detail: 'Not found.' } });
  });

  it('checks PATCH bodies against the Patched… schema', () => {
    expect(contract.validateRequest({ method: 'PATCH', apiPath: '/providers/saml/1/', body: { acs_url: 'https://new.example.com/acs' } })).toEqual({
      ok: true,
    });
    const bad = contract.validateRequest({ method: 'PATCH', apiPath: '/providers/saml/1/', body: { acs_url: 'not a url' } });
    expect(bad.ok ? null : bad.drf).toEqual({ acs_url: ['Enter a valid URL.'] });
  });
});

describe('response validation', () => {
  const contract = loadContract();

  it('catches a missing required field', () => {
    const result = contract.validateResponse({
      method: 'GET',
      apiPath: '/admin/version/',
      status: 200,
      body: { version_current: '2026.8.3', version_latest: '2026.8.3', version_latest_valid: true, outdated: false, outpost_outdated: false },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([expect.objectContaining({ where: 'response', keyword: 'required', pointer: '/build_hash' })]);
  });

  it('accepts nullable references and reports undocumented status codes', () => {
    const ok = contract.validateResponse({
      method: 'PUT',
      apiPath: TRANSACTIONAL,
      status: 200,
      body: { applied: false, logs: [] },
    });
    expect(ok).toEqual({ ok: true });
    const undocumented = contract.validateResponse({ method: 'GET', apiPath: '/core/users/me/', status: 418, body: {} });
    expect(undocumented.ok ? null : undocumented.errors[0]?.keyword).toBe('status');
  });

  it('accepts the 404 every detail route can answer although the schema leaves it out', () => {
    const notFound = {
      method: 'GET',
      apiPath: '/core/applications/missing/',
      status: 404,
      body: { detail: 'No Application matches the given query.' },
    };
    expect(contract.validateResponse(notFound)).toEqual({ ok: true });
    expect(contract.validateResponse({ ...notFound, apiPath: '/core/applications/', body: { detail: 'x' } }).ok).toBe(false);
  });
});
