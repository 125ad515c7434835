/**
 * The release table (src/lib/authentik/releases.ts) against each release's official schema: every
 * entry a schema can show is derived here from that schema, so the table cannot drift. Entries the
 * schema cannot show (defaults, server-side checks) are listed at the end, with their source.
 */
import { describe, expect, it } from 'vitest';
import { CAPABILITIES, RELEASES } from '../app-links.ts';
import type { ReleaseCapabilities, ReleaseId, SamlReleaseField } from '../app-links.ts';
import { loadContract } from './openapi-contract.ts';
import type { JsonObject, OpenApiParameter } from './schema-loader.ts';

function schemaFacts(release: ReleaseId) {
  const doc = loadContract(release).document;
  const component = (name: string): JsonObject => {
    const schema = doc.components.schemas[name];
    if (!schema) throw new Error(`${release}: no component ${name}`);
    return schema;
  };
  const props = (name: string) => (component(name).properties ?? {}) as Record<string, JsonObject>;
  const has = (name: string, property: string) => property in props(name);
  const queryParams = (path: string) =>
    (doc.paths[path]?.get?.parameters ?? []).map((parameter) =>
      '$ref' in parameter ? String(parameter.$ref).split('/').pop()! : (parameter as OpenApiParameter).name,
    );
  const keypairParams = queryParams('/crypto/certificatekeypairs/');
  const slug = props('ApplicationRequest').slug ?? {};
  const candidates: SamlReleaseField[] = ['default_name_id_policy', 'sls_url', 'sls_binding', 'logout_method', 'sign_logout_request', 'sign_logout_response'];
  const logout = (['backchannel_logout_uri', 'logout_uri', 'logout_method'] as const).filter((field) => has('OAuth2ProviderRequest', field));
  const facts: Partial<ReleaseCapabilities> = {
    keypairTypeField: has('CertificateKeyPair', 'key_type') ? 'key_type' : 'private_key_type',
    keypairKeyTypeFilter: keypairParams.includes('key_type'),
    keypairIncludeDetails: keypairParams.includes('include_details'),
    oauth2GrantTypes: has('OAuth2ProviderRequest', 'grant_types'),
    redirectUriType: has('RedirectURIRequest', 'redirect_uri_type'),
    oauth2LogoutFields: logout,
    oauth2RefreshTokenThreshold: has('OAuth2ProviderRequest', 'refresh_token_threshold'),
    oauth2SetupUrlsDcrRegistration: has('OAuth2ProviderSetupURLs', 'dcr_registration'),
    samlIssuerField: has('SAMLProviderRequest', 'issuer_override') ? 'issuer_override' : 'issuer',
    samlUrlIssuer: has('SAMLProvider', 'url_issuer'),
    samlUrlUnified: has('SAMLProvider', 'url_unified') && has('SAMLProvider', 'url_unified_init'),
    samlFields: candidates.filter((field) => has('SAMLProviderRequest', field)),
    applicationSlugMaxLength: typeof slug.maxLength === 'number' ? slug.maxLength : null,
    applicationMetaIconWritable: has('ApplicationRequest', 'meta_icon'),
    userSelfRoles: has('UserSelf', 'roles'),
    userSelfIsCurrent: has('UserSelf', 'is_current'),
  };
  // sanity: the two keypair type fields and the two SAML issuer fields never coexist
  expect(has('CertificateKeyPair', 'key_type') && has('CertificateKeyPair', 'private_key_type'), `${release} keypair fields`).toBe(false);
  expect(has('SAMLProviderRequest', 'issuer') && has('SAMLProviderRequest', 'issuer_override'), `${release} issuer fields`).toBe(false);
  expect(has('SAMLProviderRequest', 'issuer') || has('SAMLProviderRequest', 'issuer_override'), `${release} has an issuer field`).toBe(true);
  return facts;
}

/** Table entries that no schema shows; each is pinned in the table's own test and named here. */
const FROM_SOURCE: ReadonlyArray<keyof ReleaseCapabilities> = [
  'release',
  'oauth2GrantTypesWhenOmitted', // oauth2 migration 0033 (default=list), notes v2026.5 #20363
  'samlIssuerDefault', // saml/models.py (issuer default "authentik"), migration 0022
  'samlSpBindingDefault', // saml migrations 0003 (redirect) and 0021 (post), notes v2025.12 #17609
  'samlSigningKeyTypeCheck', // saml/api/providers.py validate()
  'providerAssignedBackchannelAlways', // core/api/providers.py
];

describe('the release table matches each release’s official schema', () => {
  it.each(RELEASES)('%s', (release) => {
    const row = CAPABILITIES[release];
    const facts = schemaFacts(release);
    const fromSchema = Object.fromEntries(Object.entries(row).filter(([key]) => !FROM_SOURCE.includes(key as keyof ReleaseCapabilities)));
    expect(fromSchema).toEqual(facts);
  });

  it('every table entry is either derived from the schema or listed as coming from source', () => {
    const derived = Object.keys(schemaFacts('2026.8'));
    expect([...derived, ...FROM_SOURCE].sort()).toEqual(Object.keys(CAPABILITIES['2026.8']).sort());
  });

  it('source-only facts agree with what the schemas do show', () => {
    for (const release of RELEASES) {
      const row = CAPABILITIES[release];
      // no grant_types field ⇔ every grant allowed
      expect(row.oauth2GrantTypesWhenOmitted === 'none', release).toBe(row.oauth2GrantTypes);
      // "authentik" as default only while the field is `issuer`
      expect(row.samlIssuerDefault === 'authentik', release).toBe(row.samlIssuerField === 'issuer');
    }
  });
});
