/**
 * Read-only catalogue endpoints the wizard uses to offer choices: version, settings, flows,
 * certificate-key pairs and property mappings.
 */
import { randomUUID, X509Certificate } from 'node:crypto';
import { releaseFacts } from '../../release-facts.ts';
import { hasPerm, PERMISSION_DENIED } from '../auth.ts';
import type { ApiContext, ApiHandler } from '../context.ts';
import { recordEvent, modelRef } from '../context.ts';
import { detail, json } from '../http.ts';
import { applyOrdering, filterErrors, matchesSearch, paginate, queryBool, queryList } from '../pagination.ts';
import { serializeFlow, serializeKeypair, serializeSamlMapping, serializeScopeMapping } from '../serializers.ts';

const adminVersion: ApiHandler = (ctx) => json(200, { ...ctx.state.version });

const adminSettings: ApiHandler = (ctx) => {
  if (!hasPerm(ctx.user, 'authentik_rbac.view_system_settings')) return detail(403, PERMISSION_DENIED);
  return json(200, structuredClone(ctx.state.settings));
};

function exactFilter(ctx: ApiContext, name: string, value: unknown): boolean {
  const wanted = ctx.query.get(name);
  return wanted === null || wanted === '' || wanted === value;
}

const flowsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_flows.view_flow')) return paginate(ctx, []);
  const search = ctx.query.get('search');
  const flows = ctx.state.flows
    .filter((flow) => exactFilter(ctx, 'designation', flow.designation))
    .filter((flow) => exactFilter(ctx, 'slug', flow.slug) && exactFilter(ctx, 'name', flow.name))
    .filter((flow) => exactFilter(ctx, 'flow_uuid', flow.pk) && exactFilter(ctx, 'denied_action', flow.denied_action))
    .filter((flow) => matchesSearch(search, [flow.name, flow.slug, flow.title, flow.designation]))
    .map((flow) => serializeFlow(flow) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(flows, ctx.query.get('ordering'), 'slug'));
};

function keypairVisible(ctx: ApiContext): boolean {
  return hasPerm(ctx.user, 'authentik_crypto.view_certificatekeypair');
}

const keypairsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!keypairVisible(ctx)) return paginate(ctx, []);
  const caps = releaseFacts(ctx.state.release);
  const hasKey = queryBool(ctx, 'has_key');
  // before 2025.12 `key_type` is no filter: django-filter ignores it and the list is not filtered
  const keyTypes = caps.keypairKeyTypeFilter ? queryList(ctx, 'key_type') : [];
  // before 2026.2 `include_details=false` leaves out fingerprints, expiry, subject and the key type
  const details = !(caps.keypairIncludeDetails && queryBool(ctx, 'include_details') === false);
  const search = ctx.query.get('search');
  const keypairs = ctx.state.keypairs
    .filter((keypair) => hasKey === null || (keypair.privateKeyPem !== '') === hasKey)
    .filter((keypair) => keyTypes.length === 0 || (keypair.keyType !== null && keyTypes.includes(keypair.keyType)))
    .filter((keypair) => exactFilter(ctx, 'name', keypair.name) && exactFilter(ctx, 'managed', keypair.managed))
    .filter((keypair) => matchesSearch(search, [keypair.name]))
    .map((keypair) => serializeKeypair(keypair, details) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(keypairs, ctx.query.get('ordering'), 'name'));
};

function findKeypair(ctx: ApiContext) {
  return ctx.state.keypairs.find((keypair) => keypair.pk === ctx.op.pathParams.kp_uuid);
}

const keypairRetrieve: ApiHandler = (ctx) => {
  const keypair = findKeypair(ctx);
  if (!keypair) return detail(404, 'No CertificateKeyPair matches the given query.');
  if (!keypairVisible(ctx)) return detail(404, 'Not found.');
  return json(200, serializeKeypair(keypair));
};

/** PEM of the certificate; `?download` returns it as a file. Viewing is audited as `secret_view`. */
const keypairViewCertificate: ApiHandler = (ctx) => {
  const keypair = findKeypair(ctx);
  if (!keypair) return detail(404, 'No CertificateKeyPair matches the given query.');
  if (!keypairVisible(ctx)) return detail(404, 'Not found.');
  recordEvent(ctx, 'secret_view', 'authentik.crypto.api', {
    secret: modelRef('authentik_crypto', 'certificatekeypair', keypair.pk.replace(/-/g, ''), keypair.name),
    type: 'certificate',
  });
  if (ctx.query.has('download')) {
    return {
      status: 200,
      text: { contentType: 'text/plain', body: keypair.certificatePem },
      headers: { 'Content-Disposition': `attachment; filename="${keypair.name}_certificate.pem"` },
    };
  }
  return json(200, { data: keypair.certificatePem });
};

function managedFilter(ctx: ApiContext, managed: string | null | undefined): boolean {
  const wanted = queryList(ctx, 'managed');
  if (wanted.length > 0 && (managed === null || managed === undefined || !wanted.includes(managed))) return false;
  const isNull = queryBool(ctx, 'managed__isnull');
  if (isNull !== null && (managed === null || managed === undefined) !== isNull) return false;
  return true;
}

const scopeMappingsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_providers_oauth2.view_scopemapping')) return paginate(ctx, []);
  const search = ctx.query.get('search');
  const mappings = ctx.state.scopeMappings
    .filter((mapping) => managedFilter(ctx, mapping.managed))
    .filter((mapping) => exactFilter(ctx, 'scope_name', mapping.scope_name) && exactFilter(ctx, 'name', mapping.name))
    .filter((mapping) => matchesSearch(search, [mapping.name]))
    .map((mapping) => serializeScopeMapping(mapping) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(mappings, ctx.query.get('ordering'), 'name'));
};

const samlMappingsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_providers_saml.view_samlpropertymapping')) return paginate(ctx, []);
  const search = ctx.query.get('search');
  const mappings = ctx.state.samlMappings
    .filter((mapping) => managedFilter(ctx, mapping.managed))
    .filter((mapping) => exactFilter(ctx, 'saml_name', mapping.saml_name) && exactFilter(ctx, 'name', mapping.name))
    .filter((mapping) => exactFilter(ctx, 'friendly_name', mapping.friendly_name))
    .filter((mapping) => matchesSearch(search, [mapping.name]))
    .map((mapping) => serializeSamlMapping(mapping) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(mappings, ctx.query.get('ordering'), 'name'));
};

/** POST of a custom mapping: schema errors first, then the unique name, as authentik's serializer does. */
function createMapping(kind: 'scope' | 'saml'): ApiHandler {
  return (ctx) => {
    const permission = kind === 'scope' ? 'authentik_providers_oauth2.add_scopemapping' : 'authentik_providers_saml.add_samlpropertymapping';
    if (!hasPerm(ctx.user, permission)) return detail(403, PERMISSION_DENIED);
    if (!ctx.check.ok && ctx.check.where === 'body') return json(400, ctx.check.drf);
    const data = ctx.body as Record<string, unknown>;
    const name = String(data.name ?? '');
    const all = [...ctx.state.scopeMappings, ...ctx.state.samlMappings];
    if (all.some((mapping) => mapping.name === name)) return json(400, { name: ['property mapping with this name already exists.'] });
    const common = { pk: randomUUID(), managed: null, name, expression: String(data.expression ?? '') };
    if (kind === 'scope') {
      const mapping = { ...common, scope_name: String(data.scope_name ?? ''), description: String(data.description ?? '') };
      ctx.state.scopeMappings.push(mapping);
      recordEvent(ctx, 'model_created', 'authentik.events.middleware', {
        model: modelRef('authentik_providers_oauth2', 'scopemapping', mapping.pk, name),
      });
      return json(201, serializeScopeMapping(mapping) as unknown as Record<string, unknown>);
    }
    const mapping = { ...common, saml_name: String(data.saml_name ?? ''), friendly_name: (data.friendly_name as string | null | undefined) ?? null };
    ctx.state.samlMappings.push(mapping);
    recordEvent(ctx, 'model_created', 'authentik.events.middleware', {
      model: modelRef('authentik_providers_saml', 'samlpropertymapping', mapping.pk, name),
    });
    return json(201, serializeSamlMapping(mapping) as unknown as Record<string, unknown>);
  };
}

/** authentik's `hexlify(digest, ":")`: lower-case, colon separated (the CertificateKeyPair model's fingerprints). */
const lowerColonHex = (fingerprint: string) => fingerprint.toLowerCase();

/** A node:crypto subject ("CN=x\nO=y") as rfc4514, most specific first, as authentik's `cert_subject`. */
const rfc4514 = (subject: string) => subject.split('\n').filter(Boolean).reverse().join(',');

/**
 * POST of a certificate-key pair, as authentik's CertificateKeyPairSerializer (authentik/crypto/api.py):
 * `certificate_data` must load as a PEM X.509 certificate ("Unable to load certificate."), `key_data`
 * is optional in every supported release's schema ("" stores a certificate-only pair, e.g. an SP's
 * certificate used as a SAML provider's verification or encryption certificate), `name` is unique.
 * Loading a private key is not simulated: a pair sent with one is refused, so a test never relies on it.
 */
const keypairCreate: ApiHandler = (ctx) => {
  if (!hasPerm(ctx.user, 'authentik_crypto.add_certificatekeypair')) return detail(403, PERMISSION_DENIED);
  if (!ctx.check.ok && ctx.check.where === 'body') return json(400, ctx.check.drf);
  const data = ctx.body as Record<string, unknown>;
  const name = String(data.name ?? '');
  if (ctx.state.keypairs.some((keypair) => keypair.name === name))
    return json(400, { name: ['certificate-key pair with this name already exists.'] });
  const pem = String(data.certificate_data ?? '');
  let certificate: X509Certificate;
  try {
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('not PEM');
    certificate = new X509Certificate(pem);
  } catch {
    return json(400, { certificate_data: ['Unable to load certificate.'] });
  }
  if (String(data.key_data ?? '') !== '')
    return json(400, { key_data: ['The simulator stores certificate-only pairs; it does not load private keys.'] });
  const keyType = certificate.publicKey.asymmetricKeyType;
  const keypair = {
    pk: randomUUID(),
    name,
    managed: null,
    certificatePem: pem,
    privateKeyPem: '',
    keyType: keyType === 'rsa' ? ('rsa' as const) : keyType === 'ec' ? ('ec' as const) : null,
    fingerprintSha256: lowerColonHex(certificate.fingerprint256),
    fingerprintSha1: lowerColonHex(certificate.fingerprint),
    certExpiry: new Date(certificate.validTo).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z'),
    certSubject: rfc4514(certificate.subject),
    certificateDerBase64: certificate.raw.toString('base64'),
    publicJwk: certificate.publicKey.export({ format: 'jwk' }),
  };
  ctx.state.keypairs.push(keypair);
  recordEvent(ctx, 'model_created', 'authentik.events.middleware', {
    model: modelRef('authentik_crypto', 'certificatekeypair', keypair.pk.replace(/-/g, ''), name),
  });
  return json(201, serializeKeypair(keypair) as unknown as Record<string, unknown>);
};

export const catalogRoutes: Record<string, ApiHandler> = {
  crypto_certificatekeypairs_create: keypairCreate,
  propertymappings_provider_scope_create: createMapping('scope'),
  propertymappings_provider_saml_create: createMapping('saml'),
  admin_version_retrieve: adminVersion,
  admin_settings_retrieve: adminSettings,
  flows_instances_list: flowsList,
  crypto_certificatekeypairs_list: keypairsList,
  crypto_certificatekeypairs_retrieve: keypairRetrieve,
  crypto_certificatekeypairs_view_certificate_retrieve: keypairViewCertificate,
  propertymappings_provider_scope_list: scopeMappingsList,
  propertymappings_provider_saml_list: samlMappingsList,
};
