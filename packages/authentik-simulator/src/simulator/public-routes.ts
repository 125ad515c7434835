/**
 * Unauthenticated endpoints below /application/ (OAuth2/OIDC and SAML).
 */
import type { RequestInfo } from './context.ts';
import type { HttpResult } from './http.ts';
import { notFoundPage, redirect } from './http.ts';
import { authorize, jwks, wellKnown } from './oidc.ts';
import { buildSamlMetadata } from './saml-metadata.ts';

const WELL_KNOWN = /^\/application\/o\/([^/]+)\/\.well-known\/openid-configuration\/?$/;
const JWKS = /^\/application\/o\/([^/]+)\/jwks\/$/;
const PROVIDER_ROOT = /^\/application\/o\/([^/]+)\/$/;
const SAML_METADATA = /^\/application\/saml\/([^/]+)\/metadata\/$/;

function preflight(origin: string | undefined): HttpResult {
  return {
    status: 200,
    text: { contentType: 'text/plain', body: '' },
    headers: {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'authorization, content-type',
      'Access-Control-Allow-Credentials': 'true',
      Vary: 'Origin',
    },
  };
}

export function handlePublic(info: RequestInfo, requestOrigin: string | undefined): HttpResult {
  const { state, path, method } = info;
  const decoded = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  };

  if (path === '/application/o/authorize/') {
    if (method !== 'GET' && method !== 'POST') return notFoundPage(path);
    return authorize(info);
  }

  let match = WELL_KNOWN.exec(path);
  if (match) {
    if (method === 'OPTIONS') return preflight(requestOrigin);
    return wellKnown(state, decoded(match[1]!), info.origin, requestOrigin);
  }

  match = JWKS.exec(path);
  if (match) {
    if (method === 'OPTIONS') return preflight(requestOrigin);
    return jwks(state, decoded(match[1]!));
  }

  match = SAML_METADATA.exec(path);
  if (match) {
    const slug = decoded(match[1]!);
    const app = state.applications.find((entry) => entry.slug === slug);
    const provider = app ? state.providers.find((entry) => entry.pk === app.provider) : undefined;
    if (!provider || provider.kind !== 'saml') return notFoundPage(path);
    const xml = buildSamlMetadata(state, provider, info.origin, info.query.get('force_binding'));
    if (xml === null) return notFoundPage(path);
    return {
      status: 200,
      text: { contentType: 'application/xml', body: xml },
      headers: { 'Content-Disposition': `attachment; filename="${provider.name}_authentik_meta.xml"` },
    };
  }

  match = PROVIDER_ROOT.exec(path);
  if (match) {
    // a plain RedirectView in authentik: no existence check, query string kept
    const query = info.query.toString();
    return redirect(`/application/o/${match[1]!}/.well-known/openid-configuration${query ? `?${query}` : ''}`);
  }

  return notFoundPage(path);
}
