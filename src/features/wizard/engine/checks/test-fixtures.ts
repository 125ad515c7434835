/**
 * Pairs and a fake client for the check unit tests. Shapes follow the API types; only the fields
 * the checks read are realistic. Used only by tests.
 */
import type { AuthentikClient } from '../../../../lib/authentik/client';
import type { CertificateKeyPair, CreatedPair, OAuth2Provider, SAMLProvider } from '../types';
import { createShared } from './run-checks';
import type { CheckContext, CheckUser } from '../../model/checks/types';
import type { OidcPair, SamlPair } from '../../model/checks/util';

export const BASE = 'https://authentik.company';

export const keypair: CertificateKeyPair = {
  pk: '5d1e7a90-31c4-4b8e-a1f2-6c0d9e8b7a03',
  name: 'authentik Self-signed Certificate',
  fingerprint_sha256: '3f:a9:0c:7e:12:bd:44:e8:9a:01:5c:6f:d2:7b:88:c3:19:e4:a0:5b:7c:2d:96:f1:0e:83:4a:b6:d5:21:c8:7f',
  fingerprint_sha1: '8e:21:4c:9b:07:d3:a6:5f:e2:10:bb:47:93:c8:2a:6d:f4:05:1e:7c',
  cert_expiry: '2027-05-04T10:11:12Z',
  cert_subject: 'CN=authentik Self-signed Certificate',
  private_key_available: true,
  key_type: 'rsa',
  certificate_download_url: '',
  private_key_download_url: '',
  managed: null,
};

export const admin: CheckUser = { pk: 7, is_superuser: true, username: 'akadmin', email: 'akadmin@authentik.company' };

function application(slug: string, providerPk: number, launch = ''): CreatedPair['application'] {
  return {
    pk: 'e5000000-0000-4000-8000-000000000001',
    name: slug,
    slug,
    provider: providerPk,
    meta_launch_url: launch,
  } as CreatedPair['application'];
}

export function oidcPair(provider: Partial<OAuth2Provider> = {}, launch = ''): OidcPair {
  const slug = 'app';
  const o = `${BASE}/application/o`;
  return {
    protocol: 'oidc',
    application: application(slug, 42, launch),
    provider: {
      pk: 42,
      name: 'Provider for app',
      assigned_application_slug: slug,
      client_id: 'client-1',
      client_type: 'confidential',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: [{ matching_mode: 'strict', url: 'https://app.example.com/callback', redirect_uri_type: 'authorization' }],
      signing_key: keypair.pk,
      encryption_key: null,
      include_claims_in_id_token: true,
      ...provider,
    } as OAuth2Provider,
    setupUrls: {
      issuer: `${o}/${slug}/`,
      authorize: `${o}/authorize/`,
      token: `${o}/token/`,
      user_info: `${o}/userinfo/`,
      provider_info: `${o}/${slug}/.well-known/openid-configuration`,
      logout: `${o}/${slug}/end-session/`,
      jwks: `${o}/${slug}/jwks/`,
      dcr_registration: null,
    },
    signingKey: provider.signing_key === null ? null : keypair,
    settings: null,
  };
}

export function samlPair(provider: Partial<SAMLProvider> = {}, launch = 'https://sp.example.com'): SamlPair {
  const slug = 'sp';
  return {
    protocol: 'saml',
    application: application(slug, 43, launch),
    provider: {
      pk: 43,
      name: 'Provider for sp',
      assigned_application_slug: slug,
      acs_url: 'https://sp.example.com/saml/acs',
      audience: 'https://sp.example.com/saml',
      sp_binding: 'post',
      signing_kp: keypair.pk,
      sign_assertion: true,
      sign_response: false,
      default_relay_state: '',
      url_issuer: `${BASE}/application/saml/${slug}/metadata/`,
      ...provider,
    } as SAMLProvider,
    signingKey: provider.signing_kp === null ? null : keypair,
    settings: null,
  };
}

type Answer = unknown | (() => unknown);

/**
 * A client whose API answers come from `api` (by path template) and public URLs from `public`
 * (by absolute URL). An answer that is an Error is thrown, like the real client does.
 */
export function fakeContext(
  pair: CreatedPair,
  answers: { api?: Record<string, Answer>; public?: Record<string, Answer> } = {},
  user: CheckUser = admin,
) {
  const calls: { path: string; query: unknown }[] = [];
  const resolve = (answer: Answer) => {
    const value = typeof answer === 'function' ? (answer as () => unknown)() : answer;
    if (value instanceof Error) throw value;
    return value;
  };
  const client = {
    target: { base: BASE, token: 't', mode: 'proxy' },
    api: {
      GET: async (path: string, init: { params?: { query?: unknown } } = {}) => {
        calls.push({ path, query: init.params?.query });
        if (!answers.api || !(path in answers.api)) throw new Error(`unexpected GET ${path}`);
        return { data: resolve(answers.api[path]), response: new Response() };
      },
    },
    getPublic: async (url: string) => {
      calls.push({ path: url, query: undefined });
      if (!answers.public || !(url in answers.public)) throw new Error(`unexpected public GET ${url}`);
      const value = resolve(answers.public[url]);
      return new Response(typeof value === 'string' ? value : JSON.stringify(value));
    },
  } as unknown as AuthentikClient;
  const ctx: CheckContext = { pair, client, user, signal: new AbortController().signal, shared: createShared() };
  return { ctx, calls };
}
