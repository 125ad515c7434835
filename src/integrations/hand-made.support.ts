/**
 * For the audit's stories: a small authentik set up by hand, through authentik's HTTP API with
 * plain fetch and the admin's token — not through the wizard's engine, so the audit meets pairs the
 * engine did not make. Each pair is what an admin builds following the app's guide, some with one
 * mistake the URLs do not show, some in another setup the app documents.
 */

export interface HandMadeCase {
  slug: string;
  name: string;
  /** What the audit must say: the check that finds the mistake, or none (a valid setup). */
  finds?: string;
  /** The app the row must be recognised as; `candidates` when recognition must not be sure. */
  recognised: string;
  candidates?: string[];
}

interface Page<T> {
  results: T[];
}
interface Named {
  pk: string;
  name: string;
  managed?: string | null;
  slug?: string;
  scope_name?: string;
}

export async function seedByHand(base: string, token: string): Promise<HandMadeCase[]> {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}/api/v3${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const list = async (path: string) => (await call<Page<Named>>('GET', `${path}${path.includes('?') ? '&' : '?'}page_size=500`)).results;
  const flows = await list('/flows/instances/');
  const flow = (slug: string) => flows.find((entry) => entry.slug === slug)!.pk;
  const authorization = flow('default-provider-authorization-implicit-consent');
  const authentication = flow('default-authentication-flow');
  const invalidation = flow('default-provider-invalidation-flow');
  const key = (await list('/crypto/certificatekeypairs/?has_key=true')).find((entry) => entry.name === 'authentik Self-signed Certificate')!.pk;
  const scopes = await list('/propertymappings/provider/scope/');
  const scope = (name: string) => scopes.find((entry) => entry.managed === `goauthentik.io/providers/oauth2/scope-${name}`)!.pk;
  const samlMappings = await list('/propertymappings/provider/saml/');
  const saml = (name: string) => samlMappings.find((entry) => entry.managed === `goauthentik.io/providers/saml/${name}`)!.pk;
  // 2026.5+ has grant types (and none when omitted); earlier releases allow every one and have no field.
  const schema = await call<{ version_current: string }>('GET', '/admin/version/');
  const [major, minor] = schema.version_current.split('.').map(Number) as [number, number];
  const grants = major > 2026 || (major === 2026 && minor >= 5) ? { grant_types: ['authorization_code', 'refresh_token'] } : {};

  const cases: HandMadeCase[] = [];
  // authentik's one-call create (application and provider together), as its own admin UI sends it.
  type Provider = { model: string; body: Record<string, unknown> };
  const application = async (name: string, slug: string, provider: Provider, launch: string, expect: Omit<HandMadeCase, 'slug' | 'name'>) => {
    await call('PUT', '/core/transactional/applications/', {
      app: { name, slug, meta_launch_url: launch, open_in_new_tab: false, policy_engine_mode: 'any' },
      provider_model: provider.model,
      provider: { name, ...provider.body },
    });
    cases.push({ slug, name, ...expect });
  };
  const oidc = (_name: string, redirects: string[], extra: Record<string, unknown> = {}): Provider => ({
    model: 'authentik_providers_oauth2.oauth2provider',
    body: {
      authorization_flow: authorization,
      invalidation_flow: invalidation,
      client_type: 'confidential',
      redirect_uris: redirects.map((url) => ({ matching_mode: 'strict', url })),
      property_mappings: [scope('openid'), scope('email'), scope('profile')],
      signing_key: key,
      ...grants,
      ...extra,
    },
  });
  const samlProvider = (_name: string, body: Record<string, unknown>): Provider => ({
    model: 'authentik_providers_saml.samlprovider',
    body: {
      authorization_flow: authorization,
      invalidation_flow: invalidation,
      sp_binding: 'post',
      signing_kp: key,
      sign_assertion: true,
      sign_response: true,
      ...body,
    },
  });

  // Proxmox VE asks for "email profile"; the admin left profile out.
  await application(
    'Proxmox VE',
    'pve',
    oidc('Proxmox VE', ['https://pve.example.org:8006'], { property_mappings: [scope('openid'), scope('email')] }),
    'https://pve.example.org:8006',
    { recognised: 'proxmox-ve', finds: 'scopes' },
  );
  // Grafana with the login flow where the consent flow belongs.
  await application(
    'Grafana',
    'grafana',
    oidc('Grafana', ['https://grafana.example.org/login/generic_oauth'], { authorization_flow: authentication }),
    'https://grafana.example.org',
    { recognised: 'grafana', finds: 'authorization-flow' },
  );
  // Google Workspace matching users by username instead of their email.
  await application(
    'Google Workspace',
    'google',
    samlProvider('Google Workspace', {
      acs_url: 'https://accounts.google.com/a/example.org/acs',
      audience: 'google.com/a/example.org',
      name_id_mapping: saml('username'),
      sign_response: false,
    }),
    'https://mail.google.com/a/example.org',
    { recognised: 'google-workspace', finds: 'name-id' },
  );
  // Google's other documented ACS host: valid.
  await application(
    'Google Workspace (www)',
    'google-www',
    samlProvider('Google Workspace (www)', {
      acs_url: 'https://www.google.com/a/example.net/acs',
      audience: 'google.com/a/example.net',
      name_id_mapping: saml('email'),
      sign_response: false,
    }),
    'https://mail.google.com/a/example.net',
    { recognised: 'google-workspace' },
  );
  // Slack: the User.Email attribute, mapped by hand under the admin's own name.
  const userEmail = await call<{ pk: string }>('POST', '/propertymappings/provider/saml/', {
    name: 'Mail address for Slack',
    saml_name: 'User.Email',
    expression: 'return user.email',
  });
  const slack = (name: string, acs: string) =>
    samlProvider(name, {
      acs_url: acs,
      audience: 'https://slack.com',
      property_mappings: [userEmail.pk],
      name_id_policy: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
    });
  await application('Slack', 'slack', slack('Slack', 'https://acme.slack.com/sso/saml'), 'https://acme.slack.com', { recognised: 'slack' });
  // Slack's ACS with a path Slack does not use.
  await application(
    'Slack (sales)',
    'slack-sales',
    slack('Slack (sales)', 'https://acme-sales.slack.com/sso/saml/acs'),
    'https://acme-sales.slack.com',
    {
      recognised: 'slack',
      finds: 'acs-url',
    },
  );
  // Argo CD through its bundled Dex, as authentik's guide sets it up: valid.
  await application('Argo CD', 'argocd', oidc('Argo CD', ['https://argocd.example.org/api/dex/callback']), 'https://argocd.example.org', {
    recognised: 'argocd',
  });
  // A generic OpenID Connect app whose callback path is Home Assistant's (and a few others'): not sure.
  await application(
    'Team portal',
    'team-portal',
    oidc('Team portal', ['https://portal.example.org/auth/oidc/callback']),
    'https://portal.example.org',
    { recognised: 'generic-oidc', candidates: ['home-assistant', 'generic-oidc'] },
  );
  // Synology DSM's redirect is its bare address: several apps' templates fit a bare host.
  await application('NAS', 'nas', oidc('NAS', ['https://nas.example.org:5001']), 'https://nas.example.org:5001', {
    recognised: 'generic-oidc',
    candidates: ['synology-dsm', 'generic-oidc'],
  });
  return cases;
}
