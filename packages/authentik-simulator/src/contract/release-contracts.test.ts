import { describe, expect, it } from 'vitest';
import { RELEASES, isAtLeast } from '../releases.ts';
import type { ReleaseId } from '../releases.ts';
import { loadContract } from './openapi-contract.ts';
import { oauth2Request, samlRequest, transactional } from './request-fixtures.ts';

const strict = (release: ReleaseId, body: unknown) => loadContract(release).validateRequest(transactional(body), { strict: true });
const unknownPointers = (release: ReleaseId, body: unknown) =>
  loadContract(release)
    .unknownFields(transactional(body))
    .map((issue) => issue.pointer);

describe('a contract per authentik release', () => {
  it.each(RELEASES)('%s: the same base requests pass strictly', (release) => {
    expect(strict(release, oauth2Request()).ok).toBe(true);
    expect(strict(release, samlRequest()).ok).toBe(true);
    expect(loadContract(release).release).toBe(release);
  });

  it('reports the schema of the release it checks', () => {
    expect(loadContract('2025.10').document.info.version).toBe('2025.10.4');
    expect(loadContract('2026.8').document.info.version).toBe('2026.8.3');
    expect(loadContract().release).toBe('2026.8');
    // 2025.4 and 2025.6 are served from one fixture that holds the 2025.6 API (labelled 2025.4.1)
    expect(loadContract('2025.4').document).toBe(loadContract('2025.6').document);
  });
});

describe('strict mode: a field a release would silently drop fails', () => {
  it('OAuth2 grant_types: dropped before 2026.5, a field from 2026.5 on', () => {
    const body = oauth2Request({ grant_types: ['authorization_code', 'refresh_token'] });
    const old = strict('2025.10', body);
    expect(old.ok).toBe(false);
    expect(!old.ok && old.errors.map((issue) => [issue.pointer, issue.keyword])).toEqual([['/provider/grant_types', 'additionalProperties']]);
    expect(strict('2026.5', body).ok).toBe(true);
    // lenient (authentik's own behaviour): accepted, the key is simply ignored
    expect(loadContract('2025.10').validateRequest(transactional(body)).ok).toBe(true);
    for (const release of RELEASES) expect(strict(release, body).ok, release).toBe(isAtLeast(release, '2026.5'));
  });

  it('redirect_uris[].redirect_uri_type: dropped before 2026.5', () => {
    const body = oauth2Request({}, { redirect_uri_type: 'authorization' });
    expect(unknownPointers('2025.10', body)).toEqual(['/provider/redirect_uris/0/redirect_uri_type']);
    expect(unknownPointers('2026.2', body)).toEqual(['/provider/redirect_uris/0/redirect_uri_type']);
    expect(unknownPointers('2026.5', body)).toEqual([]);
  });

  it('SAML: issuer_override is unknown before 2026.5, issuer is unknown from 2026.5 on', () => {
    for (const release of RELEASES) {
      const renamed = isAtLeast(release, '2026.5');
      expect(strict(release, samlRequest({ issuer_override: 'https://ak.company/app' })).ok, release).toBe(renamed);
      expect(strict(release, samlRequest({ issuer: 'https://ak.company/app' })).ok, release).toBe(!renamed);
    }
    expect(unknownPointers('2026.2', samlRequest({ issuer_override: '' }))).toEqual(['/provider/issuer_override']);
  });

  it('SAML logout fields arrive in 2025.10, sign_logout_response in 2026.5', () => {
    const body = samlRequest({ sls_url: 'https://youtrack.company/slo', sign_logout_request: false, sign_logout_response: false });
    expect(unknownPointers('2025.8', body)).toEqual(['/provider/sls_url', '/provider/sign_logout_request', '/provider/sign_logout_response']);
    expect(unknownPointers('2025.10', body)).toEqual(['/provider/sign_logout_response']);
    expect(unknownPointers('2026.5', body)).toEqual([]);
  });

  it('the keypair list has no ?key_type= filter before 2025.12 (authentik ignores it: the list is not filtered)', () => {
    const query = new URLSearchParams([
      ['has_key', 'true'],
      ['key_type', 'rsa'],
      ['key_type', 'ec'],
    ]);
    const list = { method: 'get', apiPath: '/crypto/certificatekeypairs/', query };
    expect(
      loadContract('2025.10')
        .unknownFields(list)
        .map((issue) => [issue.where, issue.pointer]),
    ).toEqual([['query', 'key_type']]);
    expect(loadContract('2025.10').validateRequest(list).ok).toBe(true);
    expect(loadContract('2025.10').validateRequest(list, { strict: true }).ok).toBe(false);
    expect(loadContract('2025.12').validateRequest(list, { strict: true }).ok).toBe(true);
    // include_details is gone from 2026.2 on
    const details = { method: 'get', apiPath: '/crypto/certificatekeypairs/', query: new URLSearchParams('include_details=false') };
    expect(loadContract('2025.12').unknownFields(details)).toEqual([]);
    expect(
      loadContract('2026.2')
        .unknownFields(details)
        .map((issue) => issue.pointer),
    ).toEqual(['include_details']);
  });

  it('flags provider.provider_model on every release (the provider serializer has no such field)', () => {
    for (const release of RELEASES) {
      const body = oauth2Request({ provider_model: 'authentik_providers_oauth2.oauth2provider' });
      expect(unknownPointers(release, body), release).toEqual(['/provider/provider_model']);
    }
  });

  it('flags unknown application and top-level keys, and keeps real errors alongside', () => {
    const body = { ...oauth2Request({ client_type: 'secret' }), extra: 1 };
    (body.app as Record<string, unknown>).meta_icon = 'https://icons.company/ot.png';
    const check = strict('2025.10', body);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.errors.map((issue) => issue.pointer)).toEqual(
      expect.arrayContaining(['/extra', '/app/meta_icon', '/provider/client_type']),
    );
    // meta_icon is writable from 2025.12 on
    expect(unknownPointers('2025.12', body)).toEqual(['/extra']);
  });
});

describe('what authentik does with unknown fields', () => {
  it('dropUnknownFields leaves the body a release would see', () => {
    const body = oauth2Request({ grant_types: ['authorization_code'] }, { redirect_uri_type: 'authorization' });
    const seen = loadContract('2025.10').dropUnknownFields(transactional(body)) as ReturnType<typeof oauth2Request>;
    expect(seen.provider).not.toHaveProperty('grant_types');
    expect(seen.provider.redirect_uris).toEqual([{ matching_mode: 'strict', url: 'https://osticket.company/api/auth/oauth2' }]);
    expect(body.provider).toHaveProperty('grant_types'); // the input is not changed
    expect(loadContract('2026.8').dropUnknownFields(transactional(body))).toBe(body);
  });

  it('projectResponse turns a superset answer into the release answer', () => {
    const input = {
      method: 'get',
      apiPath: '/crypto/certificatekeypairs/',
      status: 200,
      body: { pagination: {}, autocomplete: {}, results: [{ pk: 'x', name: 'k', key_type: 'rsa', private_key_type: 'rsa' }] },
    };
    const old = loadContract('2025.10').projectResponse(input) as { results: Array<Record<string, unknown>> };
    expect(old.results[0]).toEqual({ pk: 'x', name: 'k', private_key_type: 'rsa' });
    const now = loadContract('2026.8').projectResponse(input) as { results: Array<Record<string, unknown>> };
    expect(now.results[0]).toEqual({ pk: 'x', name: 'k', key_type: 'rsa' });
  });
});
