/**
 * /outposts/instances/… and /providers/proxy/… endpoints (sources: see ../outposts.ts and
 * ../proxy-model.ts). Object permissions as the other viewsets: no view permission lists nothing
 * and retrieves 404; no change permission is 403 on PATCH/PUT.
 */
import { hasPerm, PERMISSION_DENIED } from '../auth.ts';
import type { ApiContext, ApiHandler } from '../context.ts';
import { modelRef, recordEvent } from '../context.ts';
import type { HttpResult } from '../http.ts';
import { detail, json } from '../http.ts';
import { defaultOutpostConfig, outpostErrors, serializeOutpost } from '../outposts.ts';
import { applyOrdering, filterErrors, matchesSearch, paginate, queryBool, queryList } from '../pagination.ts';
import { patchProvider, providerSemanticErrors } from '../provider-model.ts';
import { setOauthDefaults } from '../proxy-model.ts';
import { applicationOf, serializeProviderBase, serializeProxyProvider } from '../serializers.ts';
import type { SimOutpost, SimProxyProvider } from '../types.ts';

const VIEW_OUTPOST = 'authentik_outposts.view_outpost';
const CHANGE_OUTPOST = 'authentik_outposts.change_outpost';
const VIEW_PROXY = 'authentik_providers_proxy.view_proxyprovider';
const CHANGE_PROXY = 'authentik_providers_proxy.change_proxyprovider';

function body(ctx: ApiContext): Record<string, unknown> {
  return (typeof ctx.body === 'object' && ctx.body !== null && !Array.isArray(ctx.body) ? ctx.body : {}) as Record<string, unknown>;
}

function serialize(ctx: ApiContext, outpost: SimOutpost) {
  return serializeOutpost(ctx.state, outpost, (provider) => serializeProviderBase(ctx.state, provider));
}

function iexact(value: string | null | undefined, wanted: string | null): boolean {
  return wanted === null || (value ?? '').toLowerCase() === wanted.toLowerCase();
}

function icontains(value: string | null | undefined, wanted: string | null): boolean {
  return wanted === null || (value ?? '').toLowerCase().includes(wanted.toLowerCase());
}

const outpostsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, VIEW_OUTPOST)) return paginate(ctx, []);
  const q = (name: string) => ctx.query.get(name);
  const withoutProviders = queryBool(ctx, 'providers__isnull');
  const byPk = queryList(ctx, 'providers_by_pk').map(Number);
  const items = ctx.state.outposts
    .filter((outpost) => iexact(outpost.managed, q('managed__iexact')) && icontains(outpost.managed, q('managed__icontains')))
    .filter((outpost) => iexact(outpost.name, q('name__iexact')) && icontains(outpost.name, q('name__icontains')))
    .filter((outpost) => withoutProviders === null || (outpost.providers.length === 0) === withoutProviders)
    .filter((outpost) => byPk.length === 0 || outpost.providers.some((pk) => byPk.includes(pk)))
    .filter((outpost) =>
      matchesSearch(q('search'), [
        outpost.name,
        ...outpost.providers.map((pk) => ctx.state.providers.find((provider) => provider.pk === pk)?.name ?? ''),
      ]),
    )
    .map((outpost) => serialize(ctx, outpost) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(items, q('ordering'), 'name'));
};

function getOutpost(ctx: ApiContext, action: 'view' | 'change'): SimOutpost | HttpResult {
  const outpost = ctx.state.outposts.find((entry) => entry.pk === ctx.op.pathParams.uuid);
  if (!outpost) return detail(404, 'No Outpost matches the given query.');
  if (!hasPerm(ctx.user, VIEW_OUTPOST)) return detail(404, 'Not found.');
  if (action === 'change' && !hasPerm(ctx.user, CHANGE_OUTPOST)) return detail(403, PERMISSION_DENIED);
  return outpost;
}

function isOutpost(value: SimOutpost | HttpResult): value is SimOutpost {
  return 'pk' in value && 'providers' in value;
}

const outpostsRetrieve: ApiHandler = (ctx) => {
  const outpost = getOutpost(ctx, 'view');
  if (!isOutpost(outpost)) return outpost;
  return json(200, serialize(ctx, outpost));
};

/** PATCH (partial) and PUT: schema errors first, then the serializer's field validators; `providers` replaces the list. */
function outpostsUpdate(partial: boolean): ApiHandler {
  return (ctx) => {
    const outpost = getOutpost(ctx, 'change');
    if (!isOutpost(outpost)) return outpost;
    const data = body(ctx);
    const schemaErrors = !ctx.check.ok && ctx.check.where === 'body' ? ctx.check.drf : {};
    if ('non_field_errors' in schemaErrors) return json(400, schemaErrors);
    const errors = { ...outpostErrors(ctx.state, outpost, data), ...schemaErrors };
    if (Object.keys(errors).length > 0) return json(400, errors);
    if (!partial && !Array.isArray(data.providers)) return json(400, { providers: ['This field is required.'] });
    if (typeof data.name === 'string') outpost.name = data.name;
    if (typeof data.type === 'string') outpost.type = data.type as SimOutpost['type'];
    if (Array.isArray(data.providers)) outpost.providers = [...new Set(data.providers as number[])];
    if ('service_connection' in data) outpost.service_connection = (data.service_connection as string | null) || null;
    if (typeof data.config === 'object' && data.config !== null) outpost.config = structuredClone(data.config as Record<string, unknown>);
    if ('managed' in data) outpost.managed = (data.managed as string | null) ?? null;
    recordEvent(ctx, 'model_updated', 'authentik.events.middleware', {
      model: modelRef('authentik_outposts', 'outpost', outpost.pk.replace(/-/g, ''), outpost.name),
    });
    return json(200, serialize(ctx, outpost));
  };
}

const outpostsDefaultSettings: ApiHandler = (ctx) => {
  if (!hasPerm(ctx.user, VIEW_OUTPOST)) return detail(403, PERMISSION_DENIED);
  // `default_outpost_config(request.build_absolute_uri("/"))`
  return json(200, { config: defaultOutpostConfig(`${ctx.origin}/`) });
};

function proxyProviders(ctx: ApiContext): SimProxyProvider[] {
  return ctx.state.providers.filter((provider): provider is SimProxyProvider => provider.kind === 'proxy');
}

const proxyList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, VIEW_PROXY)) return paginate(ctx, []);
  const withoutApp = queryBool(ctx, 'application__isnull');
  const items = proxyProviders(ctx)
    .filter((provider) => withoutApp === null || (applicationOf(ctx.state, provider) === undefined) === withoutApp)
    .filter((provider) => iexact(provider.name, ctx.query.get('name__iexact')))
    .filter((provider) => iexact(provider.external_host, ctx.query.get('external_host__iexact')))
    .filter((provider) => iexact(provider.mode, ctx.query.get('mode__iexact')))
    .filter((provider) => matchesSearch(ctx.query.get('search'), [provider.name]))
    .map((provider) => serializeProxyProvider(ctx.state, provider) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(items, ctx.query.get('ordering'), 'name'));
};

function getProxy(ctx: ApiContext, action: 'view' | 'change'): SimProxyProvider | HttpResult {
  const pk = Number(ctx.op.pathParams.id);
  const provider = proxyProviders(ctx).find((entry) => entry.pk === pk);
  if (!provider) return detail(404, 'No ProxyProvider matches the given query.');
  if (!hasPerm(ctx.user, VIEW_PROXY)) return detail(404, 'Not found.');
  if (action === 'change' && !hasPerm(ctx.user, CHANGE_PROXY)) return detail(403, PERMISSION_DENIED);
  return provider;
}

function isProxy(value: SimProxyProvider | HttpResult): value is SimProxyProvider {
  return 'kind' in value;
}

const proxyRetrieve: ApiHandler = (ctx) => {
  const provider = getProxy(ctx, 'view');
  if (!isProxy(provider)) return provider;
  return json(200, serializeProxyProvider(ctx.state, provider));
};

const proxyPartialUpdate: ApiHandler = (ctx) => {
  const provider = getProxy(ctx, 'change');
  if (!isProxy(provider)) return provider;
  const data = body(ctx);
  const schemaErrors = !ctx.check.ok && ctx.check.where === 'body' ? ctx.check.drf : {};
  if ('non_field_errors' in schemaErrors) return json(400, schemaErrors);
  const errors = {
    ...providerSemanticErrors(ctx.state, 'proxy', data, { skip: new Set(Object.keys(schemaErrors)), selfPk: provider.pk }),
    ...schemaErrors,
  };
  if (Object.keys(errors).length > 0) return json(400, errors);
  patchProvider(provider, data);
  setOauthDefaults(ctx.state, provider);
  recordEvent(ctx, 'model_updated', 'authentik.events.middleware', {
    model: modelRef('authentik_providers_proxy', 'proxyprovider', provider.pk, provider.name),
  });
  return json(200, serializeProxyProvider(ctx.state, provider));
};

export const outpostRoutes: Record<string, ApiHandler> = {
  outposts_instances_list: outpostsList,
  outposts_instances_retrieve: outpostsRetrieve,
  outposts_instances_partial_update: outpostsUpdate(true),
  outposts_instances_update: outpostsUpdate(false),
  outposts_instances_default_settings_retrieve: outpostsDefaultSettings,
  providers_proxy_list: proxyList,
  providers_proxy_retrieve: proxyRetrieve,
  providers_proxy_partial_update: proxyPartialUpdate,
};
