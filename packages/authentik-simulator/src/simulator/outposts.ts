/**
 * Outposts, as a fresh authentik holds them and as its API validates them.
 *
 * Sources (repository goauthentik/authentik):
 * - authentik/outposts/apps.py, `AuthentikOutpostConfig.embedded_outpost()`: every install gets one
 *   outpost `managed="goauthentik.io/outposts/embedded"`, named "authentik Embedded Outpost", of
 *   type proxy, with no providers and no service connection (none exists on a fresh install).
 * - authentik/outposts/models.py: `_config` defaults to `default_outpost_config()`, the
 *   `OutpostConfig` dataclass with `authentik_host=""` (so the embedded outpost starts with no
 *   authentik host); `token_identifier` is `ak-outpost-<pk>-api`.
 * - authentik/outposts/api/outposts.py, `OutpostSerializer`: `validate_name()` (the embedded
 *   outpost keeps its name), `validate_providers()` (each provider must be of the class mapped from
 *   the *submitted* `type` — a request without `type` maps to the base `Provider`, so any provider
 *   passes; only the embedded outpost may be left without providers), `validate_config()` (dacite
 *   `from_dict(OutpostConfig, config)`); `providers` replaces the whole list on PATCH.
 * - authentik/providers/proxy/api.py, `ProxyOutpostConfigViewSet`: the outpost is served only the
 *   proxy providers that have an application (`application__isnull=False`).
 * - internal/outpost/proxyv2/handlers.go: a host no served provider matches gets 400
 *   `{"Message": "no app for hostname", "Host", "Detail"}`, unless the outpost serves one app only.
 */
import { randomUUID } from 'node:crypto';
import type { components } from '../schema.gen.ts';
import { serverRules } from '../release-facts.ts';
import type { SimOutpost, SimProvider, SimProxyProvider, SimulatorState } from './types.ts';

type Schemas = components['schemas'];

export const EMBEDDED_OUTPOST_MANAGED = 'goauthentik.io/outposts/embedded';
export const EMBEDDED_OUTPOST_NAME = 'authentik Embedded Outpost';

/** `asdict(OutpostConfig(authentik_host=host or ""))`. */
export function defaultOutpostConfig(host = ''): Record<string, unknown> {
  return {
    authentik_host: host,
    authentik_host_insecure: false,
    authentik_host_browser: '',
    log_level: 'info',
    object_naming_template: 'ak-outpost-%(name)s',
    container_image: null,
    docker_network: null,
    docker_map_ports: true,
    docker_labels: null,
    kubernetes_replicas: 1,
    kubernetes_namespace: 'default',
    kubernetes_ingress_annotations: {},
    kubernetes_ingress_secret_name: 'authentik-outpost-tls',
    kubernetes_ingress_class_name: null,
    kubernetes_service_type: 'ClusterIP',
    kubernetes_disabled_components: [],
    kubernetes_image_pull_secrets: [],
    kubernetes_json_patches: null,
  };
}

export function embeddedOutpost(): SimOutpost {
  return {
    pk: randomUUID(),
    name: EMBEDDED_OUTPOST_NAME,
    type: 'proxy',
    providers: [],
    service_connection: null,
    config: defaultOutpostConfig(),
    managed: EMBEDDED_OUTPOST_MANAGED,
  };
}

/** Which provider kinds an outpost type takes (`validate_providers`' type map; the simulator holds proxy providers only). */
const TYPE_KINDS: Record<string, ReadonlyArray<SimProvider['kind']>> = { proxy: ['proxy'], ldap: [], radius: [], rac: [] };
const CLASS_NAMES: Record<SimProvider['kind'], string> = { oauth2: 'OAuth2Provider', saml: 'SAMLProvider', proxy: 'ProxyProvider' };

/** Config keys with the types `from_dict(OutpostConfig, …)` insists on (the rest are optional or lists/dicts). */
const CONFIG_TYPES: Record<string, 'string' | 'boolean' | 'number'> = {
  authentik_host: 'string',
  authentik_host_insecure: 'boolean',
  authentik_host_browser: 'string',
  log_level: 'string',
  object_naming_template: 'string',
  docker_map_ports: 'boolean',
  kubernetes_replicas: 'number',
  kubernetes_ingress_secret_name: 'string',
  kubernetes_service_type: 'string',
};

/** Field errors of a create or (partial) update, in DRF's shape; empty when valid. */
export function outpostErrors(state: SimulatorState, outpost: SimOutpost | null, data: Record<string, unknown>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if ('name' in data && outpost) {
    if (outpost.managed === EMBEDDED_OUTPOST_MANAGED && data.name !== EMBEDDED_OUTPOST_NAME) {
      errors.name = ["Embedded outpost's name cannot be changed"];
    } else if (data.name !== outpost.name && state.outposts.some((other) => other.name === data.name)) {
      errors.name = ['outpost with this name already exists.'];
    }
  }
  if (Array.isArray(data.providers)) {
    const missing = data.providers.find((pk) => !state.providers.some((provider) => provider.pk === pk));
    if (missing !== undefined) {
      errors.providers = [`Invalid pk "${String(missing)}" - object does not exist.`];
    } else {
      const submittedType = typeof data.type === 'string' ? data.type : null;
      const kinds = submittedType === null ? null : (TYPE_KINDS[submittedType] ?? []);
      const wrong = kinds
        ? (data.providers as number[])
            .map((pk) => state.providers.find((provider) => provider.pk === pk)!)
            .find((provider) => !kinds.includes(provider.kind))
        : undefined;
      if (wrong) {
        errors.providers = [`Outpost type ${String(submittedType)} can't be used with ${CLASS_NAMES[wrong.kind]} providers.`];
      } else if (data.providers.length < 1 && outpost?.managed !== EMBEDDED_OUTPOST_MANAGED) {
        errors.providers = ['This list may not be empty.'];
      }
    }
  }
  if ('config' in data) {
    const config = data.config as Record<string, unknown>;
    const bad = Object.entries(CONFIG_TYPES).find(([key, type]) => key in config && typeof config[key] !== type);
    if (bad) {
      errors.config = [
        `Failed to validate config: wrong value type for field "${bad[0]}" - should be "${bad[1] === 'string' ? 'str' : bad[1] === 'boolean' ? 'bool' : 'int'}" instead of value "${String(config[bad[0]])}" of type "${typeof config[bad[0]]}"`,
      ];
    }
  }
  return errors;
}

/** The proxy providers an outpost is served: its providers that have an application. */
export function servedProviders(state: SimulatorState, outpost: SimOutpost): SimProxyProvider[] {
  return state.providers.filter(
    (provider): provider is SimProxyProvider =>
      provider.kind === 'proxy' && outpost.providers.includes(provider.pk) && state.applications.some((app) => app.provider === provider.pk),
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** The provider an outpost uses for a request host: the external host's, or (domain mode) one whose cookie domain covers it. */
export function lookupProvider(state: SimulatorState, outpost: SimOutpost, host: string): SimProxyProvider | undefined {
  const served = servedProviders(state, outpost);
  const wanted = host.toLowerCase();
  const exact = served.find((provider) => hostOf(provider.external_host) === wanted);
  if (exact) return exact;
  const domain = served.find((provider) => {
    if (provider.mode !== 'forward_domain' || !provider.cookie_domain) return false;
    const suffix = provider.cookie_domain.replace(/^\./, '').toLowerCase();
    const name = wanted.split(':')[0]!;
    return name === suffix || name.endsWith(`.${suffix}`);
  });
  if (domain) return domain;
  return served.length === 1 ? served[0] : undefined;
}

export function serializeOutpost(
  state: SimulatorState,
  outpost: SimOutpost,
  serializeProviderBase: (provider: SimProvider) => Schemas['Provider'],
): Schemas['Outpost'] {
  const providers = outpost.providers
    .map((pk) => state.providers.find((provider) => provider.pk === pk))
    .filter((provider): provider is SimProvider => provider !== undefined);
  return {
    pk: outpost.pk,
    name: outpost.name,
    type: outpost.type,
    providers: providers.map((provider) => provider.pk),
    providers_obj: providers.map(serializeProviderBase),
    service_connection: outpost.service_connection,
    service_connection_obj: null,
    // not simulated: how often the outpost refreshes its configuration (seconds)
    refresh_interval_s: 150,
    token_identifier: `ak-outpost-${outpost.pk}-api`,
    config: structuredClone(outpost.config),
    managed: outpost.managed,
  };
}

/**
 * The embedded outpost's forward-auth endpoints on authentik's own host (`/outpost.goauthentik.io/…`),
 * as far as the wizard's checks need them: `ping` answers 204; `auth/{nginx,traefik,caddy,envoy}`
 * picks the served provider by the forwarded host (X-Forwarded-Host, else X-Original-URL, else
 * Host) and, the simulator holding no outpost sessions, answers an unauthenticated visitor
 * (nginx: 401; the others: a redirect to the outpost's start URL). A host no served provider
 * matches gets the outpost's 400 "no app for hostname".
 */
export function handleEmbeddedOutpost(
  state: SimulatorState,
  path: string,
  header: (name: string) => string | undefined,
  clientIp = '127.0.0.1',
): { status: number; json?: unknown; headers?: Record<string, string>; text?: { contentType: string; body: string } } {
  const outpost = state.outposts.find((entry) => entry.managed === EMBEDDED_OUTPOST_MANAGED);
  if (!outpost) return { status: 404, text: { contentType: 'text/plain', body: '404 page not found' } };
  if (path === '/outpost.goauthentik.io/ping') return { status: 204, text: { contentType: 'text/plain', body: '' } };
  const server = /^\/outpost\.goauthentik\.io\/auth\/(nginx|traefik|caddy|envoy)$/.exec(path)?.[1];
  if (!server) return { status: 404, text: { contentType: 'text/plain', body: '404 page not found' } };
  const original = header('x-original-url');
  const trusted = !serverRules(state.release).forwardedHeadersOnlyFromTrustedProxies || isDefaultTrustedProxy(clientIp);
  const forwarded = trusted ? header('x-forwarded-host') : undefined;
  const host = forwarded ?? (original ? hostOf(original) : undefined) ?? header('host') ?? '';
  const provider = lookupProvider(state, outpost, host);
  if (!provider) {
    return {
      status: 400,
      json: { Message: 'no app for hostname', Host: host, Detail: `Check the outpost settings and make sure '${host}' is included.` },
    };
  }
  if (server === 'nginx') return { status: 401, text: { contentType: 'text/plain', body: 'unauthorized' } };
  const base = provider.external_host.replace(/\/+$/, '');
  return {
    status: 302,
    headers: { Location: `${base}/outpost.goauthentik.io/start?rd=${encodeURIComponent(original ?? base)}` },
    text: { contentType: 'text/html; charset=utf-8', body: '' },
  };
}

/** authentik/lib/default.yml `listen.trusted_proxy_cidrs`: loopback and the private networks. */
export function isDefaultTrustedProxy(ip: string): boolean {
  const v4 = ip.replace(/^::ffff:/, '');
  if (/^(127|10)\./.test(v4) || /^192\.168\./.test(v4)) return true;
  const second = /^172\.(\d+)\./.exec(v4)?.[1];
  if (second !== undefined && Number(second) >= 16 && Number(second) <= 31) return true;
  return ip === '::1' || /^fe[89ab][0-9a-f]:/i.test(ip);
}
