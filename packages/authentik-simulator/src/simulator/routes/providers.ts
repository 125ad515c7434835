/**
 * /providers/all/, /providers/oauth2/{id}/… and /providers/saml/{id}/… endpoints.
 */
import { schemaFacts } from '../../release-facts.ts';
import { hasPerm, PERMISSION_DENIED } from '../auth.ts';
import type { ApiContext, ApiHandler } from '../context.ts';
import { modelRef, recordEvent } from '../context.ts';
import type { HttpResult } from '../http.ts';
import { detail, json } from '../http.ts';
import { oauth2Issuer, oauth2Preview, samlPreview } from '../preview.ts';
import type { ProviderKind } from '../provider-model.ts';
import { patchProvider, providerSemanticErrors } from '../provider-model.ts';
import { filterErrors, matchesSearch, orderedPage, paginate, queryBool } from '../pagination.ts';
import { buildSamlMetadata } from '../saml-metadata.ts';
import { PROVIDER_META, applicationOf, serializeProvider, serializeProviderBase } from '../serializers.ts';
import type { SimOAuth2Provider, SimProvider, SimSamlProvider, SimUser } from '../types.ts';

const MODEL_NAME: Record<ProviderKind, string> = { oauth2: 'OAuth2Provider', saml: 'SAMLProvider', proxy: 'ProxyProvider' };

function permission(kind: ProviderKind, action: 'view' | 'change'): string {
  const meta = PROVIDER_META[kind];
  return `${meta.app}.${action}_${meta.model}`;
}

/** Object lookup by the `{id}` path parameter (no permission check, like `get_object_or_404`). */
function lookup<K extends ProviderKind>(ctx: ApiContext, kind: K): Extract<SimProvider, { kind: K }> | HttpResult {
  const pk = Number(ctx.op.pathParams.id);
  const provider = ctx.state.providers.find((entry) => entry.kind === kind && entry.pk === pk);
  if (!provider) return detail(404, `No ${MODEL_NAME[kind]} matches the given query.`);
  return provider as Extract<SimProvider, { kind: K }>;
}

function isResult(value: unknown): value is HttpResult {
  return typeof value === 'object' && value !== null && 'status' in value && !('kind' in value);
}

/** `get_object()` of a viewset: lookup, then object permissions (no view permission = 404). */
function getObject<K extends ProviderKind>(ctx: ApiContext, kind: K, action: 'view' | 'change'): Extract<SimProvider, { kind: K }> | HttpResult {
  const found = lookup(ctx, kind);
  if (isResult(found)) return found;
  if (!hasPerm(ctx.user, permission(kind, 'view'))) return detail(404, 'Not found.');
  if (action === 'change' && !hasPerm(ctx.user, permission(kind, 'change'))) return detail(403, PERMISSION_DENIED);
  return found;
}

const providersAll: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_core.view_provider')) return paginate(ctx, []);
  const search = ctx.query.get('search');
  const withoutApp = queryBool(ctx, 'application__isnull');
  const backchannel = queryBool(ctx, 'backchannel');
  const providers = ctx.state.providers
    .filter((provider) => withoutApp === null || (applicationOf(ctx.state, provider) === undefined) === withoutApp)
    .filter(
      (provider) => backchannel === null || ctx.state.applications.some((app) => app.backchannel_providers.includes(provider.pk)) === backchannel,
    )
    .filter((provider) => matchesSearch(search, [provider.name, applicationOf(ctx.state, provider)?.name ?? '']));
  return orderedPage(ctx, providers, 'pk', (provider) => serializeProviderBase(ctx.state, provider));
};

function retrieve(kind: ProviderKind): ApiHandler {
  return (ctx) => {
    const provider = getObject(ctx, kind, 'view');
    if (isResult(provider)) return provider;
    return json(200, serializeProvider(ctx.state, provider, ctx.origin));
  };
}

/** PATCH: validate the submitted fields (schema, then serializer rules), update, return the full object. */
function partialUpdate(kind: ProviderKind): ApiHandler {
  return (ctx) => {
    const provider = getObject(ctx, kind, 'change');
    if (isResult(provider)) return provider;
    const data = (typeof ctx.body === 'object' && ctx.body !== null && !Array.isArray(ctx.body) ? ctx.body : {}) as Record<string, unknown>;
    const schemaErrors = !ctx.check.ok && ctx.check.where === 'body' ? ctx.check.drf : {};
    if ('non_field_errors' in schemaErrors) return json(400, schemaErrors);
    const errors = {
      ...providerSemanticErrors(ctx.state, kind, data, { skip: new Set(Object.keys(schemaErrors)), selfPk: provider.pk }),
      ...schemaErrors,
    };
    if (Object.keys(errors).length > 0) return json(400, errors);
    patchProvider(provider, data);
    const meta = PROVIDER_META[kind];
    recordEvent(ctx, 'model_updated', 'authentik.events.middleware', {
      model: modelRef(meta.app, meta.model, provider.pk, provider.name),
    });
    return json(200, serializeProvider(ctx.state, provider, ctx.origin));
  };
}

/** setup_urls: global endpoints always, per-application ones only with an application. */
const oauth2SetupUrls: ApiHandler = (ctx) => {
  const provider = lookup(ctx, 'oauth2');
  if (isResult(provider)) return provider;
  const app = applicationOf(ctx.state, provider);
  const base = `${ctx.origin}/application/o`;
  return json(200, {
    issuer: oauth2Issuer(ctx.state, provider, ctx.origin),
    authorize: `${base}/authorize/`,
    token: `${base}/token/`,
    user_info: `${base}/userinfo/`,
    provider_info: app ? `${base}/${app.slug}/.well-known/openid-configuration` : null,
    logout: app ? `${base}/${app.slug}/end-session/` : null,
    jwks: app ? `${base}/${app.slug}/jwks/` : null,
    dcr_registration: null,
  });
};

/** `for_user`: needs `authentik_core.preview_user` on the target (superusers: anyone). */
function previewSubject(ctx: ApiContext): SimUser | HttpResult {
  const raw = ctx.query.get('for_user');
  if (raw === null) return ctx.user!;
  if (!/^\s*-?\d+\s*$/.test(raw)) return json(400, { for_user: 'input must be numerical' });
  const target = ctx.state.users.find((user) => user.pk === Number(raw));
  if (!target || !hasPerm(ctx.user, 'authentik_core.preview_user')) return json(400, { for_user: 'User not found' });
  return target;
}

function previewUser(kind: ProviderKind): ApiHandler {
  return (ctx) => {
    if (!hasPerm(ctx.user, permission(kind, 'view'))) return detail(403, PERMISSION_DENIED);
    const provider = getObject(ctx, kind, 'view');
    if (isResult(provider)) return provider;
    const subject = previewSubject(ctx);
    if (isResult(subject)) return subject;
    const preview =
      provider.kind === 'oauth2'
        ? oauth2Preview(ctx.state, provider as SimOAuth2Provider, subject, ctx.origin)
        : samlPreview(ctx.state, provider as SimSamlProvider, subject);
    return json(200, { preview });
  };
}

/** SAML metadata through the API: AllowAny, JSON `{"metadata"}` or `?download` as an XML file. */
const samlMetadata: ApiHandler = (ctx) => {
  const provider = lookup(ctx, 'saml');
  if (isResult(provider)) return provider;
  const forceBinding = ctx.query.get('force_binding');
  const xml = buildSamlMetadata(ctx.state, provider, ctx.origin, forceBinding);
  if (xml === null) return detail(404, 'Not found.');
  if (ctx.query.has('download')) {
    return {
      status: 200,
      text: { contentType: 'application/xml', body: xml },
      headers: { 'Content-Disposition': `attachment; filename="${provider.name}_authentik_meta.xml"` },
    };
  }
  // `download_url`: sent while the release's schema requires it (before 2026.5); optional, and not sent here, later
  if (schemaFacts(ctx.state.release).samlMetadataDownloadUrlRequired) {
    return json(200, { metadata: xml, download_url: `/api/v3/providers/saml/${provider.pk}/metadata/?download` });
  }
  return json(200, { metadata: xml });
};

export const providerRoutes: Record<string, ApiHandler> = {
  providers_all_list: providersAll,
  providers_oauth2_retrieve: retrieve('oauth2'),
  providers_oauth2_partial_update: partialUpdate('oauth2'),
  providers_oauth2_setup_urls_retrieve: oauth2SetupUrls,
  providers_oauth2_preview_user_retrieve: previewUser('oauth2'),
  providers_saml_retrieve: retrieve('saml'),
  providers_saml_partial_update: partialUpdate('saml'),
  providers_saml_metadata_retrieve: samlMetadata,
  providers_saml_preview_user_retrieve: previewUser('saml'),
};
