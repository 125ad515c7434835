/**
 * Groups and users, as far as the wizard reads and writes them: the group picker of the access
 * step (`/core/groups/`), the user picker (`/core/users/`), the role groups it creates
 * (`POST /core/groups/`) and the audit's view of an application's bindings (`/policies/bindings/`).
 * Lists are filtered by the `view_*` permission (authentik's object-permission filter gives a user
 * without it an empty list); creating needs `add_group`.
 */
import { randomUUID } from 'node:crypto';
import { hasPerm, PERMISSION_DENIED } from '../auth.ts';
import type { ApiContext, ApiHandler } from '../context.ts';
import { modelRef, recordEvent } from '../context.ts';
import { detail, json } from '../http.ts';
import { applyOrdering, filterErrors, matchesSearch, paginate, queryBool } from '../pagination.ts';
import { serializeGroup, serializeUser, serializePolicyBinding } from '../serializers.ts';
import type { SimGroup } from '../types.ts';

function exact(ctx: ApiContext, name: string, value: unknown): boolean {
  const wanted = ctx.query.get(name);
  return wanted === null || wanted === '' || wanted === String(value);
}

const groupsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_core.view_group')) return paginate(ctx, []);
  const search = ctx.query.get('search');
  const includeUsers = queryBool(ctx, 'include_users') !== false;
  const groups = ctx.state.groups
    .filter((group) => exact(ctx, 'name', group.name))
    .filter((group) => matchesSearch(search, [group.name]))
    .map((group) => serializeGroup(ctx.state, group, includeUsers) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(groups, ctx.query.get('ordering'), 'name'));
};

const groupsRetrieve: ApiHandler = (ctx) => {
  const group = ctx.state.groups.find((entry) => entry.pk === ctx.op.pathParams.group_uuid);
  if (!group || !hasPerm(ctx.user, 'authentik_core.view_group')) return detail(404, 'No Group matches the given query.');
  return json(200, serializeGroup(ctx.state, group, true));
};

/** GroupSerializer create: `name` unique (authentik/core/models.py, Group.name), parents and users must exist. */
const groupsCreate: ApiHandler = (ctx) => {
  if (!hasPerm(ctx.user, 'authentik_core.add_group')) return detail(403, PERMISSION_DENIED);
  if (!ctx.check.ok && ctx.check.where === 'body') return json(400, ctx.check.drf);
  const body = ctx.body as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const name = body.name as string;
  if (ctx.state.groups.some((group) => group.name === name)) errors.name = ['Group with this name already exists.'];
  const parents = Array.isArray(body.parents) ? (body.parents as string[]) : typeof body.parent === 'string' ? [body.parent] : [];
  const missingParent = parents.find((pk) => !ctx.state.groups.some((group) => group.pk === pk));
  if (missingParent) errors[Array.isArray(body.parents) ? 'parents' : 'parent'] = [`Invalid pk "${missingParent}" - object does not exist.`];
  const users = Array.isArray(body.users) ? (body.users as number[]) : [];
  const missingUser = users.find((pk) => !ctx.state.users.some((user) => user.pk === pk));
  if (missingUser !== undefined) errors.users = [`Invalid pk "${missingUser}" - object does not exist.`];
  if (Object.keys(errors).length > 0) return json(400, errors);
  const group: SimGroup = {
    pk: randomUUID(),
    name,
    parents,
    isSuperuser: (body.is_superuser as boolean | undefined) ?? false,
    attributes: (body.attributes as Record<string, unknown> | undefined) ?? {},
  };
  ctx.state.groups.push(group);
  for (const user of ctx.state.users) if (users.includes(user.pk)) user.groups.push(group.pk);
  recordEvent(ctx, 'model_created', 'authentik.events.middleware', {
    model: modelRef('authentik_core', 'group', group.pk.replace(/-/g, ''), group.name),
  });
  return json(201, serializeGroup(ctx.state, group, true));
};

const usersList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_core.view_user')) return paginate(ctx, []);
  const search = ctx.query.get('search');
  const users = ctx.state.users
    .filter((user) => exact(ctx, 'username', user.username) && exact(ctx, 'is_active', user.isActive))
    .filter((user) => matchesSearch(search, [user.username, user.name, user.email]))
    .map((user) => serializeUser(ctx.state, user) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(users, ctx.query.get('ordering'), 'username'));
};

const bindingsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_policies.view_policybinding')) return paginate(ctx, []);
  const targets = ctx.query.getAll('target_in').filter((value) => value !== '');
  const bindings = ctx.state.policyBindings
    .filter((binding) => exact(ctx, 'target', binding.target))
    .filter((binding) => targets.length === 0 || targets.includes(binding.target))
    .map((binding) => serializePolicyBinding(ctx.state, binding) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(bindings, ctx.query.get('ordering'), 'order'));
};

export const directoryRoutes: Record<string, ApiHandler> = {
  core_groups_list: groupsList,
  core_groups_retrieve: groupsRetrieve,
  core_groups_create: groupsCreate,
  core_users_list: usersList,
  policies_bindings_list: bindingsList,
};
