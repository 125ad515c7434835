/**
 * The proxy protocol module (forward auth): a proxy provider created with the transactional create
 * (`authentik_providers_proxy.proxyprovider`), then added to an outpost (outpost.ts), and the
 * reverse-proxy snippets that send requests through it (snippets.ts).
 *
 * authentik facts (repository goauthentik/authentik): ProxyProviderSerializer.validate() refuses an
 * empty `internal_host` when `mode` is proxy — and reads only the submitted fields, so `mode` is
 * always sent (authentik/providers/proxy/api.py); `set_oauth_defaults()` adds the openid, profile,
 * email and ak_proxy scopes and the callback redirect URIs on every save, so none is sent
 * (authentik/providers/proxy/models.py); `skip_path_regex` holds one regular expression per line.
 */
import { unwrap } from '../../../../lib/authentik/client';
import { isApiError } from '../../../../lib/authentik/problem';
import type { ProxyMode, ProxySettings } from '../../definition/format';
import { fill, type TemplateValues } from '../../definition/templates';
import type { CreatedPair } from '../../model/types';
import type { ProtocolModule } from '../types';
import { cookieDomainCheck, externalHostCheck, openPathsCheck, outpostCheck, outpostHostCheck, skipLines } from './checks';
import { attachToOutpost, attachmentText, describeAttachment, EMBEDDED_OUTPOST, summarizeOutpost, targetOutpost } from './outpost';
import { AUTHENTIK_HEADERS, reverseProxySnippets } from './snippets';
import { COMMON_REASONS } from '../common-checks';

type Settings = { protocol: 'proxy' } & ProxySettings;
type ProxyPair = Extract<CreatedPair, { protocol: 'proxy' }>;

const MODEL = 'authentik_providers_proxy.proxyprovider';
const MODES: readonly ProxyMode[] = ['forward_single', 'forward_domain', 'proxy'];
const MODE_NAMES: Record<ProxyMode, string> = {
  forward_single: 'forward auth (single application)',
  forward_domain: 'forward auth (domain level)',
  proxy: 'proxy (the outpost is the reverse proxy)',
};

/** The input key a `{key}` template reads, when the template is just that. */
function keyOf(template: string | undefined): string | null {
  return /^\{([a-z_]+)\}$/.exec(template ?? '')?.[1] ?? null;
}

function modeOf(settings: Settings, values: TemplateValues): ProxyMode | null {
  const mode = fill(settings.mode, values);
  return (MODES as readonly string[]).includes(mode) ? (mode as ProxyMode) : null;
}

/** What the chosen mode lacks, by input key (or by request field when the template is not one input). */
function missingForMode(settings: Settings, values: TemplateValues): Record<string, string> {
  const mode = modeOf(settings, values);
  const errors: Record<string, string> = {};
  if (mode === null) errors[keyOf(settings.mode) ?? 'mode'] = `Choose one of: ${MODES.map((entry) => MODE_NAMES[entry]).join(', ')}.`;
  if (mode === 'proxy' && fill(settings.internalHost ?? '', values).trim() === '') {
    errors[keyOf(settings.internalHost) ?? 'internal_host'] =
      'Enter the internal address the outpost forwards requests to (e.g. http://app.internal:8080): proxy mode needs it.';
  }
  if (mode === 'forward_domain' && fill(settings.cookieDomain ?? '', values).trim() === '') {
    errors[keyOf(settings.cookieDomain) ?? 'cookie_domain'] =
      'Enter the cookie domain every protected app shares (e.g. company for *.company): domain mode needs it.';
  }
  return errors;
}

function outpostUrl(pair: ProxyPair, base: string): { url: string; name: string; embedded: boolean } {
  const outpost = pair.outposts?.find((entry) => entry.managed === EMBEDDED_OUTPOST) ?? pair.outposts?.[0];
  if (!outpost || outpost.managed === EMBEDDED_OUTPOST) return { url: base, name: outpost?.name ?? 'authentik Embedded Outpost', embedded: true };
  return { url: 'http://outpost.company:9000', name: outpost.name, embedded: false };
}

export const proxy: ProtocolModule<Settings, ProxyPair> = {
  id: 'proxy',
  defaults: {
    checkOrder: [
      'provider-assigned',
      'application-access',
      'outpost',
      'external-host',
      'cookie-domain',
      'open-paths',
      'outpost-host',
      'public-authentik',
    ],
    checks: ['provider-assigned', 'application-access', 'outpost', 'external-host', 'cookie-domain', 'open-paths', 'outpost-host'],
    reasons: {
      ...COMMON_REASONS,
      outpost: (app) => `The outpost answers the reverse proxy’s forward-auth requests for ${app}; it knows only the providers it serves.`,
      'external-host': (app) => `The outpost recognises ${app} by this address and returns the login to it.`,
      'cookie-domain': (app) => `In domain mode the session cookie must reach ${app}’s host.`,
      'open-paths': (app) => `Some of ${app}’s paths are called without a browser login.`,
      'outpost-host': () => 'The outpost sends browsers to authentik’s address to log in.',
    },
    httpReason: 'the outpost’s session cookie must not travel over plain http.',
  },
  resolve: (spec) => spec,
  valueKeys: [
    'external_host',
    'internal_host',
    'cookie_domain',
    'mode',
    'outpost_url',
    'outpost_name',
    'nginx_snippet',
    'traefik_labels',
    'traefik_file',
    'caddy_snippet',
    'open_paths',
    'headers',
  ],
  label: 'Proxy (forward auth)',
  providerModel: MODEL,
  export: {
    mappingModel: 'authentik_providers_oauth2.scopemapping',
    mappingResource: 'authentik_property_mapping_provider_scope',
    resource: 'authentik_provider_proxy',
    rename: {},
    notInTerraform: [],
    generated: {},
    configDataSource: '',
    outputs: [],
    secretNote: ['No secret is in this file: authentik generates the proxy provider’s client credentials and cookie secret.'],
    notes: () => [],
  },
  discovery: () => ({ signingKey: 'none', keyType: null, scopeMappings: [], samlMappings: [], customMappings: [], outposts: true }),
  refine: (settings, values) => missingForMode(settings, values),
  build: ({ settings, values, providerName, context, appName }) => {
    const problems = Object.values(missingForMode(settings, values));
    if (problems.length > 0) throw new Error(`${appName}: ${problems.join(' ')}`);
    const mode = modeOf(settings, values)!;
    const skip = (settings.openPaths ?? []).map((path) => path.pattern).join('\n');
    return {
      name: providerName,
      authorization_flow: context.authorizationFlow.pk,
      invalidation_flow: context.invalidationFlow.pk,
      // always sent: validate() judges a request without `mode` as proxy mode
      mode,
      external_host: fill(settings.externalHost, values),
      internal_host: mode === 'proxy' ? fill(settings.internalHost ?? '', values) : '',
      cookie_domain: mode === 'forward_domain' ? fill(settings.cookieDomain ?? '', values).replace(/^\./, '') : '',
      skip_path_regex: skip,
      intercept_header_auth: true,
    };
  },
  templates: (settings) => ({
    'provider.external_host': [settings.externalHost],
    ...(settings.internalHost ? { 'provider.internal_host': [settings.internalHost] } : {}),
    ...(settings.cookieDomain ? { 'provider.cookie_domain': [settings.cookieDomain] } : {}),
    'provider.mode': [settings.mode],
  }),
  read: async (client, application, pk, signal) => {
    const provider = await unwrap(client.api.GET('/providers/proxy/{id}/', { params: { path: { id: pk } }, signal }));
    let outposts: ProxyPair['outposts'];
    try {
      const page = await unwrap(client.api.GET('/outposts/instances/', { params: { query: { providers_by_pk: [pk], page_size: 100 } }, signal }));
      outposts = page.results.filter((outpost) => outpost.providers.includes(pk)).map(summarizeOutpost);
    } catch (error) {
      if (!(isApiError(error) && error.problem.kind === 'permission')) throw error;
      outposts = null;
    }
    return { protocol: 'proxy', application, provider, outposts, signingKey: null, settings: null };
  },
  afterCreate: async (client, pair, context, signal) => {
    const list = context.outposts?.list ?? null;
    const attachment = await attachToOutpost(
      client,
      { pk: pair.provider.pk, name: pair.provider.name },
      targetOutpost(list, context.outposts?.chosen),
      context.outposts?.canChange ?? false,
      signal,
    );
    const reread = await proxy.read(client, pair.application, pair.provider.pk, signal);
    return { ...pair, ...reread, signingKey: pair.signingKey, settings: pair.settings, attachment };
  },
  notes: (pair) => (pair.attachment ? [attachmentText(pair.attachment)] : []),
  patch: async (client, pair, body) => {
    // validate() reads only what is sent: a PATCH without `mode` would be judged as proxy mode
    const provider = await unwrap(
      client.api.PATCH('/providers/proxy/{id}/', { params: { path: { id: pair.provider.pk } }, body: { mode: pair.provider.mode, ...body } }),
    );
    return { ...pair, provider };
  },
  summary: (p, _name, context) => {
    const mode = String(p.mode ?? 'proxy') as ProxyMode;
    const list = context.outposts?.list ?? null;
    return [
      { label: 'Mode', value: MODE_NAMES[mode] ?? mode },
      { label: 'External host', value: String(p.external_host ?? '') },
      ...(mode === 'proxy' ? [{ label: 'Internal host', value: String(p.internal_host ?? '') }] : []),
      ...(mode === 'forward_domain' ? [{ label: 'Cookie domain', value: String(p.cookie_domain ?? '') }] : []),
      { label: 'Unauthenticated paths', value: skipLines(String(p.skip_path_regex ?? '')).join(', ') || 'none' },
      {
        label: 'Outpost',
        value: describeAttachment(
          targetOutpost(list, context.outposts?.chosen),
          String(p.name ?? ''),
          context.outposts?.canChange ?? false,
          list !== null,
        ),
      },
      {
        label: 'Redirect URIs and scopes',
        value: 'set by authentik from the external host (the outpost callback; openid, profile, email, ak_proxy)',
      },
    ];
  },
  values: (pair, base) => {
    const { provider } = pair;
    const mode = (provider.mode ?? 'proxy') as ProxyMode;
    const outpost = outpostUrl(pair, base);
    const snippets = reverseProxySnippets({
      mode,
      externalHost: provider.external_host,
      outpostUrl: outpost.url,
      authentikUrl: base,
      upstream: '',
      name: pair.application.slug,
    });
    return {
      external_host: provider.external_host,
      internal_host: provider.internal_host ?? '',
      cookie_domain: provider.cookie_domain ?? '',
      mode: MODE_NAMES[mode] ?? mode,
      outpost_url: outpost.embedded ? `${base.replace(/\/+$/, '')}/outpost.goauthentik.io/` : outpost.url,
      outpost_name: outpost.name,
      nginx_snippet: snippets.nginx,
      traefik_labels: snippets.traefikLabels,
      traefik_file: snippets.traefikFile,
      caddy_snippet: snippets.caddy,
      open_paths: skipLines(provider.skip_path_regex).join('\n') || 'none',
      headers: AUTHENTIK_HEADERS.slice(0, 6).join(', '),
    };
  },
  host: (pair) => {
    try {
      return new URL(pair.provider.external_host).host;
    } catch {
      return null;
    }
  },
  signingKeyPk: () => null,
  mappingPks: (pair) => pair.provider.property_mappings ?? [],
  roundTrip: {},
  isPlaceholder: () => false,
  releaseNotes: (caps) => [
    ...(caps.forwardedHeadersTrustedOnly
      ? [
          `authentik ${caps.release}: forwarded headers count only from AUTHENTIK_LISTEN__TRUSTED_PROXY_CIDRS; add your reverse proxy’s address there, or forward auth sees the wrong host.`,
        ]
      : []),
  ],
  checks: {
    outpost: (spec) => outpostCheck(spec),
    'external-host': (spec) => externalHostCheck(spec),
    'cookie-domain': (spec) => cookieDomainCheck(spec),
    'open-paths': (spec, env) => openPathsCheck({ ...spec, needed: env.settings.openPaths ?? [] }),
    'outpost-host': (spec) => outpostHostCheck(spec),
  },
  signatures: (settings) => [{ field: 'external_host', what: 'External host', template: settings.externalHost }],
  signatureValues: (pair, field) => (field === 'external_host' ? [pair.provider.external_host] : []),
  releaseTraps: () => [],
};
