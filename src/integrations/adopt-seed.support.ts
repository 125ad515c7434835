/**
 * For tests, the benchmark and e2e: pairs an admin made by hand, through authentik's API (the
 * transactional endpoint, the mapping endpoints and a PATCH), never through the wizard's engine,
 * with settings the wizard does not model: custom scope and SAML mappings (one shared by two
 * pairs), a custom NameID mapping, odd token lifetimes, a public client federating with another
 * provider, an imported verification certificate.
 */
import type { Simulator } from 'authentik-simulator';

export interface HandMade {
  slug: string;
  name: string;
}

/** The hand-made pairs `seedHandMade` creates, in order. */
export const HAND_MADE: readonly HandMade[] = [
  { slug: 'team-wiki', name: 'Team wiki' },
  { slug: 'team-wiki-staging', name: 'Team wiki (staging)' },
  { slug: 'metrics-board', name: 'Metrics board' },
  { slug: 'helpdesk-saml', name: 'Helpdesk' },
];

type Json = Record<string, unknown>;

async function call(url: string, token: string, method: string, path: string, body?: unknown): Promise<Json> {
  const response = await fetch(`${url}/api/v3${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Json;
}

const results = async (url: string, token: string, path: string) => (await call(url, token, 'GET', `${path}?page_size=100`)).results as Json[];

/** Makes the hand-made pairs on a running simulator; `extra` more copies of the first (for the benchmark). */
export async function seedHandMade(simulator: Simulator, url: string, options: { extra?: number } = {}): Promise<HandMade[]> {
  const token = simulator.tokens.superuser;
  const flows = await results(url, token, '/flows/instances/');
  const flow = (slug: string) => String(flows.find((item) => item.slug === slug)!.pk);
  const keys = await results(url, token, '/crypto/certificatekeypairs/');
  const key = (name: string) => String(keys.find((item) => item.name === name)!.pk);
  const scopes = await results(url, token, '/propertymappings/provider/scope/');
  const scope = (name: string) => String(scopes.find((item) => item.scope_name === name && item.managed)!.pk);
  const samls = await results(url, token, '/propertymappings/provider/saml/');
  const samlManaged = (tail: string) => String(samls.find((item) => String(item.managed).endsWith(tail))!.pk);

  const groups = await call(url, token, 'POST', '/propertymappings/provider/scope/', {
    name: 'Team wiki: groups claim',
    scope_name: 'groups',
    description: 'Group names, "quoted" and \\ back-slashed',
    expression: 'return {"groups": [g.name for g in request.user.ak_groups.all()]}\n',
  });
  const department = await call(url, token, 'POST', '/propertymappings/provider/saml/', {
    name: 'Helpdesk: department',
    saml_name: 'department',
    friendly_name: 'Department',
    expression: 'return request.user.attributes.get("department", "")\n',
  });
  const nameId = await call(url, token, 'POST', '/propertymappings/provider/saml/', {
    name: 'Helpdesk: NameID from e-mail',
    saml_name: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    friendly_name: null,
    expression: 'return request.user.email\n',
  });

  const authz = flow('default-provider-authorization-explicit-consent');
  const implicit = flow('default-provider-authorization-implicit-consent');
  const invalidation = flow('default-provider-invalidation-flow');
  const signing = key('authentik Self-signed Certificate');
  const pairs: HandMade[] = [...HAND_MADE];
  for (let copy = 1; copy <= (options.extra ?? 0); copy += 1) pairs.push({ slug: `team-wiki-${copy}`, name: `Team wiki ${copy}` });

  const wiki = (pair: HandMade) => ({
    app: {
      name: pair.name,
      slug: pair.slug,
      meta_launch_url: `https://${pair.slug}.example.org/`,
      meta_description: 'Made by hand',
      meta_publisher: 'IT',
      policy_engine_mode: 'all',
      open_in_new_tab: true,
    },
    provider_model: 'authentik_providers_oauth2.oauth2provider',
    provider: {
      name: `${pair.name} provider`,
      authorization_flow: authz,
      invalidation_flow: invalidation,
      client_type: 'confidential',
      redirect_uris: [
        { matching_mode: 'strict', url: `https://${pair.slug}.example.org/oauth/callback` },
        { matching_mode: 'regex', url: `https://${pair.slug}-[a-z]+\\.example\\.org/.*` },
      ],
      property_mappings: [scope('openid'), scope('email'), scope('profile'), String(groups.pk)],
      signing_key: signing,
      access_token_validity: 'hours=2',
      refresh_token_validity: 'days=7',
      sub_mode: 'user_email',
      issuer_mode: 'global',
      include_claims_in_id_token: false,
    },
  });
  const created = new Map<string, Json>();
  const make = async (slug: string, body: Json) => {
    await call(url, token, 'PUT', '/core/transactional/applications/', body);
    created.set(slug, await call(url, token, 'GET', `/core/applications/${slug}/`));
  };
  for (const pair of pairs.filter((item) => item.slug.startsWith('team-wiki'))) await make(pair.slug, wiki(pair));

  const wikiProvider = Number(created.get('team-wiki')!.provider);
  await make('metrics-board', {
    app: { name: 'Metrics board', slug: 'metrics-board', group: 'Operations' },
    provider_model: 'authentik_providers_oauth2.oauth2provider',
    provider: {
      name: 'Metrics board provider',
      authorization_flow: implicit,
      authentication_flow: flow('default-authentication-flow'),
      invalidation_flow: invalidation,
      client_type: 'public',
      client_id: 'metrics-board-public-client',
      redirect_uris: [{ matching_mode: 'strict', url: 'http://localhost:3000/callback' }],
      property_mappings: [scope('openid'), scope('offline_access')],
      signing_key: null,
      access_code_validity: 'minutes=5',
    },
  });
  // Made by hand after the fact: the public client accepts tokens the wiki's provider issued.
  await call(url, token, 'PATCH', `/providers/oauth2/${String(created.get('metrics-board')!.provider)}/`, {
    jwt_federation_providers: [wikiProvider],
  });

  await make('helpdesk-saml', {
    app: { name: 'Helpdesk', slug: 'helpdesk-saml', meta_launch_url: 'https://helpdesk.example.org/' },
    provider_model: 'authentik_providers_saml.samlprovider',
    provider: {
      name: 'Helpdesk SAML',
      authorization_flow: authz,
      invalidation_flow: invalidation,
      acs_url: 'https://helpdesk.example.org/saml/acs',
      audience: 'https://helpdesk.example.org/saml/metadata',
      sls_url: 'https://helpdesk.example.org/saml/sls',
      signing_kp: signing,
      verification_kp: key('SP signing certificate (imported)'),
      sign_assertion: true,
      sign_response: true,
      sp_binding: 'post',
      assertion_valid_not_on_or_after: 'minutes=10',
      session_valid_not_on_or_after: 'hours=8',
      digest_algorithm: 'http://www.w3.org/2001/04/xmlenc#sha512',
      property_mappings: [samlManaged('upn'), samlManaged('email'), String(department.pk)],
      name_id_mapping: String(nameId.pk),
    },
  });
  return pairs;
}
