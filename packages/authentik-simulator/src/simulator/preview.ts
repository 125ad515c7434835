/**
 * What a user would receive: ID-token claims (OAuth2) and assertion attributes + NameID (SAML).
 * Only authentik's managed default mappings are evaluated; custom Python expressions are not run.
 */
import { randomBytes } from 'node:crypto';
import { userUid } from './seed.ts';
import { applicationOf } from './serializers.ts';
import type { SimOAuth2Provider, SimSamlMapping, SimSamlProvider, SimUser, SimulatorState } from './types.ts';

const SECONDS: Record<string, number> = {
  microseconds: 1e-6,
  milliseconds: 1e-3,
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86400,
  weeks: 604800,
};

export function timedeltaSeconds(value: string): number {
  let total = 0;
  for (const pair of value.split(';')) {
    const [key, raw] = pair.split('=');
    const factor = SECONDS[(key ?? '').toLowerCase()];
    if (factor !== undefined) total += Number(raw) * factor;
  }
  return total;
}

/** `OAuth2Provider.get_issuer`: per-provider issuer needs an application; global is the origin. */
export function oauth2Issuer(state: SimulatorState, provider: SimOAuth2Provider, origin: string): string | null {
  if (provider.issuer_mode === 'global') return `${origin}/`;
  const app = applicationOf(state, provider);
  return app ? `${origin}/application/o/${app.slug}/` : null;
}

function groupNames(state: SimulatorState, user: SimUser): string[] {
  return user.groups.map((pk) => state.groups.find((group) => group.pk === pk)?.name).filter((name): name is string => Boolean(name));
}

function subject(state: SimulatorState, provider: SimOAuth2Provider, user: SimUser): string {
  switch (provider.sub_mode) {
    case 'user_id':
      return String(user.pk);
    case 'user_uuid':
      return user.uuid;
    case 'user_username':
      return user.username;
    case 'user_email':
      return user.email;
    case 'user_upn':
      return typeof user.attributes.upn === 'string' ? user.attributes.upn : userUid(state, user.pk);
    default:
      return userUid(state, user.pk);
  }
}

/** Claims contributed by the managed scope mappings attached to the provider. */
export function scopeClaims(state: SimulatorState, provider: SimOAuth2Provider, user: SimUser): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const pk of provider.property_mappings) {
    const mapping = state.scopeMappings.find((entry) => entry.pk === pk);
    switch (mapping?.managed) {
      case 'goauthentik.io/providers/oauth2/scope-email':
        if (user.email) claims.email = user.email;
        claims.email_verified = false;
        break;
      case 'goauthentik.io/providers/oauth2/scope-profile':
        claims.name = user.name;
        claims.given_name = user.name;
        claims.preferred_username = user.username;
        claims.nickname = user.username;
        claims.groups = groupNames(state, user);
        break;
      case 'goauthentik.io/providers/oauth2/scope-entitlements':
        claims.entitlements = [];
        break;
      default:
        if (mapping && !mapping.managed) Object.assign(claims, evaluateDictExpression(mapping.expression, user));
        break;
    }
  }
  return claims;
}

/**
 * Custom scope mappings: authentik runs their Python. The simulator understands only the common
 * shape `return {"claim": <value>, …}` with values request.user.<email|username|name|uuid|pk>,
 * True, False or a string literal; anything else contributes nothing (as if it returned {}).
 */
export function evaluateDictExpression(expression: string, user: SimUser): Record<string, unknown> {
  const body = /^\s*return\s*\{([\s\S]*)\}\s*$/.exec(expression)?.[1];
  if (body === undefined) return {};
  const values: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = { email: user.email, username: user.username, name: user.name, uuid: user.uuid, pk: user.pk };
  for (const part of body.split(',')) {
    if (part.trim() === '') continue;
    const match = /^\s*["']([^"']+)["']\s*:\s*(.+?)\s*$/.exec(part);
    if (!match) return {};
    const [, key, raw] = match as unknown as [string, string, string];
    const attribute = /^request\.user\.(\w+)$/.exec(raw)?.[1];
    if (attribute !== undefined && attribute in attributes) values[key] = attributes[attribute];
    else if (raw === 'True' || raw === 'False') values[key] = raw === 'True';
    else if (/^["'][^"']*["']$/.test(raw)) values[key] = raw.slice(1, -1);
    else return {};
  }
  return values;
}

/** `GET /providers/oauth2/{id}/preview_user/`: the ID token authentik would issue now. */
export function oauth2Preview(state: SimulatorState, provider: SimOAuth2Provider, user: SimUser, origin: string): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const token: Record<string, unknown> = {};
  const iss = oauth2Issuer(state, provider, origin);
  if (iss !== null) token.iss = iss;
  token.sub = subject(state, provider, user);
  token.aud = provider.client_id;
  token.exp = now + Math.round(timedeltaSeconds(provider.access_token_validity));
  token.iat = now;
  token.auth_time = now;
  token.acr = 'goauthentik.io/providers/oauth2/default';
  if (provider.include_claims_in_id_token) Object.assign(token, scopeClaims(state, provider, user));
  return token;
}

function samlMappingValues(state: SimulatorState, mapping: SimSamlMapping, user: SimUser): string[] | null {
  switch (mapping.managed) {
    case 'goauthentik.io/providers/saml/upn':
      return [typeof user.attributes.upn === 'string' ? user.attributes.upn : user.email];
    case 'goauthentik.io/providers/saml/name':
      return [user.name];
    case 'goauthentik.io/providers/saml/email':
      return [user.email];
    case 'goauthentik.io/providers/saml/username':
    case 'goauthentik.io/providers/saml/ms-windowsaccountname':
      return [user.username];
    case 'goauthentik.io/providers/saml/uid':
      return [String(user.pk)];
    case 'goauthentik.io/providers/saml/groups':
      return groupNames(state, user);
    default:
      return null; // custom expression: not evaluated by the simulator
  }
}

const NAME_ID_EMAIL = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';
const NAME_ID_TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';
const NAME_ID_X509 = 'urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName';
const NAME_ID_WINDOWS = 'urn:oasis:names:tc:SAML:2.0:nameid-format:WindowsDomainQualifiedName';

/** `GET /providers/saml/{id}/preview_user/`: assertion attributes and NameID for the user. */
export function samlPreview(state: SimulatorState, provider: SimSamlProvider, user: SimUser): Record<string, unknown> {
  const attributes: Array<Record<string, unknown>> = [];
  for (const pk of provider.property_mappings) {
    const mapping = state.samlMappings.find((entry) => entry.pk === pk);
    if (!mapping) continue;
    const values = samlMappingValues(state, mapping, user);
    if (values === null) continue;
    const item: Record<string, unknown> = { Value: values };
    if (mapping.friendly_name) item.FriendlyName = mapping.friendly_name;
    item.Name = mapping.saml_name;
    attributes.push(item);
  }
  let nameId: string;
  const nameIdMapping = state.samlMappings.find((entry) => entry.pk === provider.name_id_mapping);
  const mapped = nameIdMapping ? samlMappingValues(state, nameIdMapping, user) : null;
  if (mapped && mapped.length > 0) {
    nameId = mapped[0]!;
  } else {
    switch (provider.default_name_id_policy) {
      case NAME_ID_EMAIL:
        nameId = user.email;
        break;
      case NAME_ID_X509:
      case NAME_ID_WINDOWS:
        nameId = user.username;
        break;
      case NAME_ID_TRANSIENT:
        nameId = randomBytes(16).toString('hex');
        break;
      default:
        nameId = userUid(state, user.pk);
    }
  }
  return { attributes, nameID: nameId };
}
