/**
 * PUT /core/transactional/applications/ — authentik turns the body into a blueprint with
 * MUST_CREATED entries (provider, application, policy bindings), validates it, checks the
 * per-model add permissions and applies it atomically.
 *
 * Order of checks, as in authentik:
 *  1. serializer fields: `app` (ApplicationSerializer incl. slug uniqueness/reserved slugs),
 *     `provider_model`, `provider` (must be a dict), `policy_bindings`;
 *  2. blueprint validation: provider entry (MUST_CREATED by name, then the provider serializer),
 *     application entry;
 *  3. `add_<model>` permission per entry;
 *  4. apply (all or nothing); a failing apply still answers 200 `{"applied": false}`.
 */
import { randomUUID } from 'node:crypto';
import { releaseFacts } from '../../release-facts.ts';
import type { ApiContext, ApiHandler } from '../context.ts';
import { modelRef, recordEvent } from '../context.ts';
import { hasPerm } from '../auth.ts';
import type { HttpResult } from '../http.ts';
import { html, json } from '../http.ts';
import type { ProviderKind } from '../provider-model.ts';
import { PROVIDER_MODELS, buildProvider, providerSemanticErrors, providersOfKind } from '../provider-model.ts';
import { PROVIDER_META } from '../serializers.ts';
import { setOauthDefaults } from '../proxy-model.ts';
import type { SimApplication, SimPolicyBinding } from '../types.ts';

/** Slugs that would collide with the global OAuth2 endpoints below /application/o/. */
export const RESERVED_SLUGS = ['authorize', 'token', 'device', 'userinfo', 'introspect', 'revoke'];

type Errors = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Contract errors split into the serializer-field stage and the provider (blueprint) stage. */
function contractStages(ctx: ApiContext): { fields: Errors; provider: Errors } {
  if (ctx.check.ok || ctx.check.where !== 'body') return { fields: {}, provider: {} };
  const drf = ctx.check.drf;
  const keys = Object.keys(drf);
  if (keys.length === 1 && keys[0] === 'provider' && isObject(drf.provider)) {
    return { fields: {}, provider: drf.provider };
  }
  return { fields: drf, provider: {} };
}

/** Application serializer checks beyond the schema (uniqueness, length, reserved slugs). */
function applicationFieldErrors(ctx: ApiContext, app: Record<string, unknown>, schemaErrors: Errors): Errors {
  const errors: Errors = {};
  const slug = app.slug;
  if (typeof slug === 'string' && !('slug' in schemaErrors)) {
    const messages: string[] = [];
    const maxLength = releaseFacts(ctx.state.release).applicationSlugMaxLength;
    if (maxLength !== null && slug.length > maxLength) messages.push(`Ensure this field has no more than ${maxLength} characters.`);
    if (ctx.state.applications.some((existing) => existing.slug === slug)) {
      messages.push('Application with this slug already exists.');
    }
    if (messages.length === 0 && RESERVED_SLUGS.includes(slug)) {
      messages.push(`The slug '${slug}' is reserved and cannot be used for applications.`);
    }
    if (messages.length > 0) errors.slug = messages;
  }
  const backchannel = app.backchannel_providers;
  if (Array.isArray(backchannel) && !('backchannel_providers' in schemaErrors)) {
    const missing = backchannel.find((pk) => !ctx.state.providers.some((provider) => provider.pk === pk));
    if (missing !== undefined) errors.backchannel_providers = [`Invalid pk "${String(missing)}" - object does not exist.`];
  }
  return errors;
}

/** PolicyBindingSerializer checks: related objects exist, exactly one of group/policy/user. */
function bindingErrors(ctx: ApiContext, bindings: unknown[], schemaErrors: unknown): unknown[] | null {
  const schemaList = Array.isArray(schemaErrors) ? schemaErrors : [];
  let failed = false;
  const out = bindings.map((binding, index) => {
    const existing = schemaList[index];
    if (isObject(existing) && Object.keys(existing).length > 0) {
      failed = true;
      return existing;
    }
    if (!isObject(binding)) return {};
    const errors: Errors = {};
    if (binding.group && !ctx.state.groups.some((group) => group.pk === binding.group)) {
      errors.group = [`Invalid pk "${String(binding.group)}" - object does not exist.`];
    }
    if (binding.user !== undefined && binding.user !== null && !ctx.state.users.some((user) => user.pk === binding.user)) {
      errors.user = [`Invalid pk "${String(binding.user)}" - object does not exist.`];
    }
    if (binding.policy && !ctx.state.policies.some((policy) => policy.pk === binding.policy)) {
      errors.policy = [`Invalid pk "${String(binding.policy)}" - object does not exist.`];
    }
    if (Object.keys(errors).length === 0) {
      const count = ['group', 'policy', 'user'].filter((key) => Boolean(binding[key])).length;
      if (count > 1) errors.non_field_errors = ["Only one of 'group', 'policy', 'user' can be set."];
      if (count < 1) errors.non_field_errors = ["One of 'group', 'policy', 'user' must be set."];
    }
    if (Object.keys(errors).length > 0) failed = true;
    return errors;
  });
  return failed ? out : null;
}

function serverError(): HttpResult {
  return html(500, '<!DOCTYPE html>\n<html lang="en"><head><title>Server Error</title></head><body><h1>Server Error (500)</h1></body></html>\n');
}

/** A new application record from validated request data, with the model's defaults for omitted fields. */
export function buildApplication(appData: Record<string, unknown>, providerPk: number | null): SimApplication {
  return {
    pk: randomUUID(),
    name: appData.name as string,
    slug: appData.slug as string,
    provider: providerPk,
    backchannel_providers: Array.isArray(appData.backchannel_providers) ? (appData.backchannel_providers as number[]) : [],
    open_in_new_tab: (appData.open_in_new_tab as boolean | undefined) ?? false,
    meta_launch_url: (appData.meta_launch_url as string | undefined) ?? '',
    meta_icon: (appData.meta_icon as string | undefined) ?? '',
    meta_description: (appData.meta_description as string | undefined) ?? '',
    meta_publisher: (appData.meta_publisher as string | undefined) ?? '',
    policy_engine_mode: (appData.policy_engine_mode as SimApplication['policy_engine_mode'] | undefined) ?? 'any',
    group: (appData.group as string | undefined) ?? '',
    meta_hide: (appData.meta_hide as boolean | undefined) ?? false,
  };
}

const transactionalApply: ApiHandler = (ctx) => {
  const { state } = ctx;
  const stages = contractStages(ctx);
  const body = ctx.body;
  if (!isObject(body)) return json(400, stages.fields);

  // 1. serializer fields
  const fieldErrors: Errors = { ...stages.fields };
  const app = body.app;
  if (isObject(app)) {
    const schemaAppErrors = isObject(fieldErrors.app) ? fieldErrors.app : {};
    const extra = applicationFieldErrors(ctx, app, schemaAppErrors);
    if (Object.keys(extra).length > 0 && !Array.isArray(fieldErrors.app)) {
      fieldErrors.app = { ...schemaAppErrors, ...extra };
    }
  }
  if (Array.isArray(body.policy_bindings)) {
    const bindingResult = bindingErrors(ctx, body.policy_bindings, fieldErrors.policy_bindings);
    if (bindingResult) fieldErrors.policy_bindings = bindingResult;
  }
  if (Object.keys(fieldErrors).length > 0) return json(400, fieldErrors);

  // 2. blueprint validation — the provider entry is identified by its name (read unguarded: a
  //    provider dict without "name" is a KeyError, i.e. HTTP 500, in authentik)
  const providerData = body.provider as Record<string, unknown>;
  if (!('name' in providerData)) return serverError();
  const model = body.provider_model as string;
  const kind: ProviderKind | undefined = PROVIDER_MODELS[model];
  if (!kind) {
    return json(501, { detail: `The authentik simulator does not simulate provider model ${model}.` });
  }
  if (providersOfKind(state, kind).some((provider) => provider.name === providerData.name)) {
    return json(400, { provider: { name: ['State is set to must_created and object exists already'] } });
  }
  const providerErrors = {
    ...providerSemanticErrors(state, kind, providerData, { skip: new Set(Object.keys(stages.provider)) }),
    ...stages.provider,
  };
  if (Object.keys(providerErrors).length > 0) return json(400, { provider: providerErrors });

  // 3. permissions, entry by entry
  const meta = PROVIDER_META[kind];
  const entries: Array<[string, string]> = [
    ['provider', `${meta.app}.add_${meta.model}`],
    ['app', 'authentik_core.add_application'],
  ];
  if (Array.isArray(body.policy_bindings) && body.policy_bindings.length > 0) {
    entries.push(['null', 'authentik_policies.add_policybinding']);
  }
  for (const [entry, permission] of entries) {
    if (!hasPerm(ctx.user, permission)) {
      const [appLabel, codename] = permission.split('.') as [string, string];
      const modelName = `${appLabel}.${codename.replace(/^add_/, '')}`;
      return json(403, { [entry]: `User lacks permission to create ${modelName}` });
    }
  }

  // 4. apply
  if (state.pendingApplyFailures > 0) {
    state.pendingApplyFailures -= 1;
    return json(200, { applied: false, logs: [] });
  }
  const provider = buildProvider(kind, state.nextProviderPk, providerData, releaseFacts(state.release));
  state.nextProviderPk += 1;
  const application = buildApplication(app as Record<string, unknown>, provider.pk);
  const bindings: SimPolicyBinding[] = (Array.isArray(body.policy_bindings) ? body.policy_bindings : []).map((raw) => {
    const binding = raw as Record<string, unknown>;
    return {
      pk: randomUUID(),
      target: application.pk,
      policy: (binding.policy as string | null | undefined) || null,
      group: (binding.group as string | null | undefined) || null,
      user: (binding.user as number | null | undefined) ?? null,
      negate: (binding.negate as boolean | undefined) ?? false,
      enabled: (binding.enabled as boolean | undefined) ?? true,
      order: binding.order as number,
      timeout: (binding.timeout as number | undefined) ?? 30,
      failure_result: (binding.failure_result as boolean | undefined) ?? false,
    };
  });
  if (provider.kind === 'proxy') setOauthDefaults(state, provider);
  state.providers.push(provider);
  state.applications.push(application);
  state.policyBindings.push(...bindings);

  const middleware = 'authentik.events.middleware';
  recordEvent(ctx, 'model_created', middleware, { model: modelRef(meta.app, meta.model, provider.pk, provider.name) });
  recordEvent(ctx, 'model_created', middleware, {
    model: modelRef('authentik_core', 'application', application.pk.replace(/-/g, ''), application.name),
  });
  for (const binding of bindings) {
    recordEvent(ctx, 'model_created', middleware, {
      model: modelRef('authentik_policies', 'policybinding', binding.pk.replace(/-/g, ''), `Binding from ${application.name} #${binding.order}`),
    });
  }
  return json(200, { applied: true, logs: [] });
};

export const transactionalRoutes: Record<string, ApiHandler> = {
  core_transactional_applications_update: transactionalApply,
};
