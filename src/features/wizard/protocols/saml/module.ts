/** The SAML 2.0 protocol module. */
import { optional, unwrap } from '../../../../lib/authentik/client';
import { tryUrl } from '../../model/checks/util';
import type { SamlSettings } from '../../definition/format';
import { fill, templateKeys, templatePattern, templateShape } from '../../definition/templates';
import type { CreatedPair, SAMLProvider } from '../../model/types';
import { customPk, mappingPks, releaseOf, requireSigningKey } from '../build-helpers';
import { samlManagedId, type SamlMappingName } from '../../definition/managed';
import { keyTypeOf } from '../../../../lib/authentik/keys';
import { COMMON_REASONS } from '../common-checks';
import type { ProtocolModule } from '../types';
import { issuerCheck } from './release-traps';
import { applySpMetadata } from './metadata-request';
import {
  acsUrlCheck,
  audienceCheck,
  metadataCertificateCheck,
  metadataEntityIdCheck,
  metadataUrl,
  relayStateCheck,
  samlSigningCheck,
  spBindingCheck,
} from './checks';
import { authorizationFlowCheck, nameIdCheck, withAccepted } from '../login-checks';

type Settings = { protocol: 'saml' } & SamlSettings;
type SamlPair = Extract<CreatedPair, { protocol: 'saml' }>;

const MODEL = 'authentik_providers_saml.samlprovider';
/** Placeholders used by authentik's written guides (pairs made by hand from them). */
export const FOREIGN_PLACEHOLDER_HOSTS = new Set(['temp.temp', 'placeholder.com', 'www.placeholder.com']);

const isManaged = (name: Settings['nameId']): name is SamlMappingName => name !== 'persistent' && !name.startsWith('custom:');

/** The read-only URLs are "-" while no application is attached. */
function served(value: string | undefined): string {
  return value && value !== '-' ? value : '';
}

/** The Issuer authentik puts in every response: what the app must know as the IdP entity ID. */
function entityId(provider: SAMLProvider): string {
  // 2026.5+: the computed url_issuer; before: the `issuer` field itself.
  return served(provider.url_issuer) || (provider.issuer_override ?? '') || ((provider as { issuer?: string }).issuer ?? '');
}

/** authentik's lower-case colon hex, as most tools show fingerprints: AB:CD:… */
function upperColonHex(fingerprint: string | null | undefined): string {
  const hex = (fingerprint ?? '').replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.match(/.{2}/g)?.join(':') ?? '';
}

/** The ACS host the template itself names (a SaaS app's fixed host), when its host part has no unknown key. */
function templateHost(template: string, values: Record<string, string | undefined>): string | null {
  const filled = fill(template, values);
  const host = /^https?:\/\/([^/?#]*)/.exec(template)?.[1] ?? '';
  return host.includes('{') && !templateKeys(host).every((key) => values[key]) ? null : (tryUrl(filled)?.host ?? null);
}

function isPlaceholderAcs(acs: string, settings: Settings): boolean {
  const url = tryUrl(acs);
  if (!url) return acs.trim() === '';
  const generated = new RegExp(templatePattern(settings.acsUrl, {}).source.replace(/\[\^\/\?#\\s\]\+/g, '.+'));
  return generated.test(acs) || FOREIGN_PLACEHOLDER_HOSTS.has(url.hostname);
}

/** `https://{workspace}.slack.com/sso/saml` → `/sso/saml`; null when the path has a placeholder. */
function fixedPath(template: string): string | null {
  const rest = template.replace(/^[a-z]+:\/\/[^/]*/i, '');
  if (rest.includes('{') || !template.includes('://')) return null;
  return rest.split(/[?#]/)[0] || null;
}

export const saml: ProtocolModule<Settings, SamlPair> = {
  id: 'saml',
  defaults: {
    checkOrder: [
      'provider-assigned',
      'application-access',
      'authorization-flow',
      'acs-url',
      'audience',
      'name-id',
      'sp-binding',
      'saml-signing',
      'metadata-entity-id',
      'metadata-certificate',
      'certificate-expiry',
      'relay-state',
      'username-changes',
      'public-authentik',
      'custom-mappings',
    ],
    checks: [
      'provider-assigned',
      'application-access',
      'authorization-flow',
      'acs-url',
      'audience',
      'name-id',
      'sp-binding',
      'saml-signing',
      'metadata-entity-id',
      'metadata-certificate',
      'certificate-expiry',
      'relay-state',
    ],
    reasons: {
      ...COMMON_REASONS,
      'provider-assigned': () => 'Without the link authentik serves no SSO or metadata URLs under the application’s slug.',
      'acs-url': (app) => `authentik posts the signed login to this address; while it is the placeholder, ${app} never receives it.`,
      audience: (app) => `The audience tells ${app} the assertion is meant for it; it must be the SP entity ID ${app} shows.`,
      'sp-binding': (app) => `${app} expects the SAML response as a form post.`,
      'authorization-flow': (app) =>
        `authentik runs the provider’s authorization flow whenever ${app} asks for a login; only an authorization flow sends the user back.`,
      'name-id': (app) => `${app} finds the user by the NameID of the assertion; another value signs in nobody, or someone else.`,
      'saml-signing': (app) => `${app} only accepts assertions signed with the certificate whose fingerprint it was given.`,
      'metadata-entity-id': (app) => `${app} rejects every response whose issuer differs from the IdP entity ID it was given.`,
      'metadata-certificate': (app) => `${app} checks each signature against the certificate it was given; another certificate fails every login.`,
      'certificate-expiry': (app) =>
        `An expired signing certificate makes ${app} reject every login, and a renewed one needs a new fingerprint there.`,
      'relay-state': (app) => `${app} answers a relay state that points to another host with an error.`,
    },
    httpReason: 'authentik posts the signed login to it, which must not travel over plain http.',
  },
  resolve: (spec) => spec,
  valueKeys: [
    'cert_pem',
    'cert_body',
    'sso_url',
    'sso_post_url',
    'slo_url',
    'saml_url',
    'saml_logout_url',
    'entity_id',
    'metadata_url',
    'cert_sha256',
    'acs_url',
    'audience',
  ],
  label: 'SAML 2.0',
  providerModel: MODEL,
  export: {
    mappingModel: 'authentik_providers_saml.samlpropertymapping',
    mappingResource: 'authentik_property_mapping_provider_saml',
    resource: 'authentik_provider_saml',
    rename: {},
    notInTerraform: ['default_name_id_policy'],
    generated: {},
    configDataSource: 'authentik_provider_saml_metadata',
    outputs: [
      { name: 'sso_url', value: '{provider}.url_sso_redirect', description: 'SSO URL (Redirect binding)' },
      { name: 'sso_post_url', value: '{provider}.url_sso_post', description: 'SSO URL (POST binding)' },
      { name: 'slo_url', value: '{provider}.url_slo_redirect', description: 'SLO URL (Redirect binding)' },
      { name: 'metadata', value: '{config}.metadata', description: 'IdP metadata XML' },
    ],
    secretNote: ['No secret is in this file: SAML needs none, and the signing key is referenced by name, never exported.'],
    notes: (caps) =>
      caps.samlIssuerField === 'issuer'
        ? [
            `authentik ${caps.release}: the issuer (entity ID) is the metadata URL of the authentik this was made on;`,
            'change its host when you apply this to another instance.',
          ]
        : [],
  },
  discovery: (settings) => ({
    signingKey: 'required',
    keyType: settings.signingKey === 'any' ? null : settings.signingKey,
    scopeMappings: [],
    samlMappings: [...new Set([settings.nameId, ...settings.mappings])].filter(isManaged).map(samlManagedId),
    customMappings: (settings.customMappings ?? []).map((mapping) => ({
      kind: 'saml' as const,
      name: mapping.name,
      expression: mapping.expression,
      body: { name: mapping.name, saml_name: mapping.attribute, friendly_name: mapping.friendly ?? null, expression: mapping.expression },
      describe: `attribute ${mapping.attribute}`,
    })),
  }),
  build: ({ settings, values, providerName, context, appName }) => {
    const key = requireSigningKey(
      context.signingKey,
      settings.signingKey,
      `${appName} only accepts signed logins, so the provider needs a signing certificate.`,
      appName,
    );
    const release = releaseOf(context);
    const slug = values.slug ?? '';
    const provider = {
      name: providerName,
      authorization_flow: context.authorizationFlow.pk,
      invalidation_flow: context.invalidationFlow.pk,
      acs_url: fill(settings.acsUrl, values),
      audience: fill(settings.audience ?? '', values),
      // Before 2026.5 the entity ID is the `issuer` field, default "authentik": set it to the metadata URL,
      // as authentik's guides say and as 2026.5 computes it.
      ...(release.samlIssuerField === 'issuer_override' ? { issuer_override: '' } : { issuer: metadataUrl(context.base ?? '', slug) }),
      sp_binding: settings.binding ?? 'post',
      signing_kp: key.pk,
      sign_assertion: settings.signAssertion ?? true,
      sign_response: settings.signResponse ?? false,
      digest_algorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
      signature_algorithm:
        keyTypeOf(key) === 'ec' ? 'http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256' : 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      // No mapping at all for `persistent`: authentik then sends the user's hashed id.
      ...(settings.nameId === 'persistent'
        ? {}
        : {
            name_id_mapping: isManaged(settings.nameId)
              ? mappingPks(context.samlMappings, [samlManagedId(settings.nameId)], 'SAML')[0]
              : customPk(context, settings.nameId.slice('custom:'.length)),
          }),
      property_mappings: [
        ...mappingPks(context.samlMappings, settings.mappings.map(samlManagedId), 'SAML'),
        ...(settings.customMappings ?? []).map((mapping) => customPk(context, mapping.name)),
      ],
      ...(settings.nameIdPolicy && release.samlFields.includes('default_name_id_policy') ? { default_name_id_policy: settings.nameIdPolicy } : {}),
      default_relay_state: fill(settings.relayState ?? '', values),
    };
    return context.spMetadata ? applySpMetadata(provider, context.spMetadata, release) : provider;
  },
  preview: (settings) => ({ label: 'ACS URL', template: settings.acsUrl }),
  templates: (settings) => ({
    'provider.acs_url': [settings.acsUrl],
    'provider.audience': [settings.audience ?? ''],
    'provider.default_relay_state': [settings.relayState ?? ''],
  }),
  read: async (client, application, pk, signal) => {
    const provider = await unwrap(client.api.GET('/providers/saml/{id}/', { params: { path: { id: pk } }, signal }));
    // SAML apps are given the signing certificate itself (PEM) more often than its fingerprint.
    const kp = provider.signing_kp;
    const certificatePem = kp
      ? await optional(
          unwrap(client.api.GET('/crypto/certificatekeypairs/{kp_uuid}/view_certificate/', { params: { path: { kp_uuid: kp } }, signal })).then(
            (answer) => answer.data,
          ),
        )
      : null;
    return { protocol: 'saml', application, provider, signingKey: null, settings: null, certificatePem };
  },
  patch: async (client, pair, body) => {
    const provider = await unwrap(client.api.PATCH('/providers/saml/{id}/', { params: { path: { id: pair.provider.pk } }, body }));
    return { ...pair, provider };
  },
  summary: (p, name) => [
    { label: 'Where authentik sends the sign-in answer', value: String(p.acs_url), term: 'ACS URL' },
    { label: 'Who the answer is for', value: p.audience ? String(p.audience) : 'not set yet', term: 'Audience' },
    {
      label: 'Issuer (entity ID)',
      value: p.issuer_override ? String(p.issuer_override) : p.issuer ? String(p.issuer) : 'authentik’s default: the provider’s metadata URL',
    },
    { label: 'Service Provider Binding', value: p.sp_binding === 'post' ? 'Post' : String(p.sp_binding ?? 'default') },
    { label: 'Signing certificate', value: name(p.signing_kp) },
    {
      label: 'Signs',
      value: [p.sign_assertion ? 'assertions' : null, p.sign_response ? 'responses' : null].filter(Boolean).join(' and ') || 'nothing',
    },
    { label: 'NameID property mapping', value: name(p.name_id_mapping) },
    { label: 'Property mappings', value: ((p.property_mappings as string[] | undefined) ?? []).map(name).join(', ') },
  ],
  values: ({ provider, application, signingKey, certificatePem }, base) => ({
    cert_pem: certificatePem?.trim() ?? '',
    cert_body: (certificatePem ?? '').replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''),
    sso_url: served(provider.url_sso_redirect),
    sso_post_url: served(provider.url_sso_post),
    slo_url: served(provider.url_slo_redirect),
    // The one SAML endpoint for sign-in and logout from 2026.5 on (the guides use it); before, the
    // redirect-binding SSO and SLO URLs, which every release serves.
    saml_url: served(provider.url_unified) || served(provider.url_sso_redirect),
    saml_logout_url: served(provider.url_unified) || served(provider.url_slo_redirect),
    entity_id: entityId(provider),
    metadata_url: metadataUrl(base, application.slug),
    cert_sha256: upperColonHex(signingKey?.fingerprint_sha256),
    acs_url: provider.acs_url,
    audience: provider.audience ?? '',
  }),
  host: ({ provider }) => {
    const acs = tryUrl(provider.acs_url);
    return acs && !FOREIGN_PLACEHOLDER_HOSTS.has(acs.hostname) ? acs.host : null;
  },
  signingKeyPk: (pair) => pair.provider.signing_kp ?? null,
  mappingPks: (pair) => [...(pair.provider.property_mappings ?? []), ...(pair.provider.name_id_mapping ? [pair.provider.name_id_mapping] : [])],
  roundTrip: {
    acs_url: (value, { appName, where, label, host, placeholder }) => {
      const url = tryUrl(value);
      if (!url || /\s/.test(value)) return `This is not a URL. Copy the ${label} ${appName} shows ${where}.`;
      if (url.protocol !== 'https:') return `The ${label} must start with https://: authentik posts the signed login to it.`;
      if (placeholder) return `This is the placeholder the wizard created. Paste the ${label} that ${appName} shows.`;
      if (host !== null && url.host !== host)
        return `The ${label} must be on your ${appName} host ${host}, but it points to ${url.host}. Copy it again from ${appName}.`;
      return null;
    },
    audience: (value, { appName, label }) => (/\s/.test(value) ? `The ${label} contains no spaces. Copy it again from ${appName}.` : null),
  },
  releaseNotes: (caps) =>
    caps.samlIssuerField === 'issuer'
      ? [
          `authentik ${caps.release}: the provider's Issuer is its entity ID and defaults to “authentik”; the wizard sets it to the provider's metadata URL, as authentik's guides say and as 2026.5 does by itself.`,
        ]
      : [],
  isPlaceholder: (field, value, settings) => (field === 'acs_url' ? isPlaceholderAcs(value, settings) : value.trim() === ''),
  checks: {
    'acs-url': (spec, env) => {
      const accepted = env.accepts.flatMap((shape) =>
        shape.acsUrl ? [{ pattern: env.pattern(shape.acsUrl), shape: templateShape(shape.acsUrl, {}, env.labels), why: shape.why }] : [],
      );
      const check = acsUrlCheck({
        ...spec,
        isPlaceholder: (acs) => env.roundTrip.includes('acs_url') && isPlaceholderAcs(acs, env.settings),
        host: (pair) => templateHost(env.settings.acsUrl, env.recover(pair)) ?? env.host(pair),
        // The path the app posts to, when fixed by the app (not a round trip, no placeholder in it).
        path: env.roundTrip.includes('acs_url') ? null : fixedPath(env.settings.acsUrl),
      });
      if (accepted.length === 0) return check;
      return withAccepted(check, (pair) => {
        const fit = pair.protocol === 'saml' ? accepted.find((entry) => entry.pattern.test(pair.provider.acs_url)) : undefined;
        return fit && pair.protocol === 'saml'
          ? { status: 'pass', expected: fit.shape, actual: pair.provider.acs_url, detail: `Another setup the app supports: ${fit.why}` }
          : null;
      });
    },
    'name-id': (spec, env) => nameIdCheck({ ...spec, wanted: env.settings.nameId }),
    'authorization-flow': (spec) => authorizationFlowCheck(spec),
    audience: (spec) => audienceCheck(spec),
    'sp-binding': (spec) => spBindingCheck(spec),
    'saml-signing': (spec) => samlSigningCheck(spec),
    'metadata-entity-id': (spec) => metadataEntityIdCheck({ ...spec, expectedEntityId: (pair) => entityId(pair.provider) }),
    'metadata-certificate': (spec) => metadataCertificateCheck(spec),
    'relay-state': (spec, env) => relayStateCheck({ ...spec, host: (pair) => env.host(pair) }),
  },
  signatures: (settings) => [
    { field: 'acs_url', what: 'ACS URL', template: settings.acsUrl },
    ...(settings.audience ? [{ field: 'audience', what: 'Audience', template: settings.audience }] : []),
  ],
  signatureValues: (pair, field) => {
    const value = field === 'acs_url' ? pair.provider.acs_url : field === 'audience' ? pair.provider.audience : undefined;
    return value ? [value] : [];
  },
  releaseTraps: () => [issuerCheck(), spBindingCheck()],
};
