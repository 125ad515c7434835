/**
 * /core/users/me/ and the application endpoints.
 */
import type { ApiContext, ApiHandler } from '../context.ts';
import type { HttpResult } from '../http.ts';
import { detail, json } from '../http.ts';
import { filterErrors, matchesSearch, orderedPage, paginate, queryBool } from '../pagination.ts';
import { schemaFacts } from '../../release-facts.ts';
import { evaluateAccess } from '../policy.ts';
import { applicationLaunchUrl, serializeApplication, serializeUserSelf } from '../serializers.ts';
import type { SimApplication, SimUser } from '../types.ts';

/** Session user of the token. */
const usersMe: ApiHandler = (ctx) => {
  const user = ctx.user!;
  const self = serializeUserSelf(ctx.state, user);
  return json(200, { user: self, users: [self] });
};

function findApplication(ctx: ApiContext): SimApplication | undefined {
  return ctx.state.applications.find((app) => app.slug === ctx.op.pathParams.slug);
}

const APPLICATION_NOT_FOUND = 'No Application matches the given query.';

/**
 * authentik's application list is policy based: without `superuser_full_list=true` (honoured for
 * superusers only) it shows the applications the user may access.
 */
const applicationsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  const user = ctx.user!;
  const fullList = user.isSuperuser && ctx.query.get('superuser_full_list')?.toLowerCase() === 'true';
  let accessUser: SimUser = user;
  const forUser = ctx.query.get('for_user');
  if (!fullList && forUser !== null && user.isSuperuser) {
    const target = ctx.state.users.find((candidate) => String(candidate.pk) === forUser.trim());
    if (!target) return json(400, { for_user: 'User not found' });
    accessUser = target;
  }
  const search = ctx.query.get('search');
  const onlyWithLaunchUrl = queryBool(ctx, 'only_with_launch_url') === true;
  const exact = (name: string, value: string) => {
    const wanted = ctx.query.get(name);
    return wanted === null || wanted === '' || wanted === value;
  };
  const apps = ctx.state.applications
    .filter((app) => exact('slug', app.slug) && exact('name', app.name) && exact('group', app.group))
    .filter((app) => exact('meta_launch_url', app.meta_launch_url) && exact('meta_publisher', app.meta_publisher))
    .filter((app) => exact('meta_description', app.meta_description))
    .filter((app) => matchesSearch(search, [app.name, app.slug, app.meta_launch_url, app.meta_description, app.meta_publisher, app.group]))
    .filter((app) => fullList || evaluateAccess(ctx.state, app, accessUser).passing)
    .filter((app) => !onlyWithLaunchUrl || Boolean(applicationLaunchUrl(ctx.state, app, user)));
  return orderedPage(ctx, apps, 'name', (app) => serializeApplication(ctx.state, app, user));
};

const applicationsRetrieve: ApiHandler = (ctx) => {
  const app = findApplication(ctx);
  if (!app) return detail(404, APPLICATION_NOT_FOUND);
  if (!ctx.user!.isSuperuser && !ctx.user!.permissions.includes('authentik_core.view_application')) {
    return detail(404, 'Not found.');
  }
  return json(200, serializeApplication(ctx.state, app, ctx.user));
};

/** Policy check of one application; `for_user` is only honoured for superusers. */
const applicationsCheckAccess: ApiHandler = (ctx) => {
  const app = findApplication(ctx);
  if (!app) return detail(404, APPLICATION_NOT_FOUND);
  const requester = ctx.user!;
  let subject: SimUser = requester;
  const forUser = ctx.query.get('for_user');
  if (requester.isSuperuser && forUser !== null) {
    if (!/^\s*-?\d+\s*$/.test(forUser)) return json(400, { for_user: 'for_user must be numerical' });
    const target = ctx.state.users.find((candidate) => candidate.pk === Number(forUser));
    if (!target) return json(400, { for_user: 'User not found' });
    subject = target;
  }
  const result = evaluateAccess(ctx.state, app, subject);
  const body: HttpResult = json(200, {
    passing: result.passing,
    messages: requester.isSuperuser ? result.messages : [],
    log_messages: [],
  });
  return body;
};

/** `app_label.codename` → the Permission serializer's fields (authentik/rbac/api/rbac.py). */
function serializePermission(permission: string, id: number): Record<string, unknown> {
  const [app = '', codename = ''] = permission.split('.');
  const model = codename.replace(/^(add|change|delete|view)_/, '');
  const action = codename.split('_')[0] ?? '';
  return {
    id,
    name: `Can ${action} ${model}`,
    codename,
    model,
    app_label: app,
    app_label_verbose: app.replace(/^authentik_/, 'authentik '),
    model_verbose: model,
  };
}

/**
 * `/rbac/permissions/`: every global permission, open to any authenticated user (IsAuthenticated);
 * `role` lists one role's (RoleModelPermission), `user` (schemas up to 2025.12) one user's own.
 * The simulator's universe of permissions is the ones its users and roles hold.
 */
const permissionsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  const roles = ctx.state.users.flatMap((user) => user.roles ?? []);
  const universe = [...new Set([...ctx.state.users.flatMap((user) => user.permissions), ...roles.flatMap((role) => role.permissions)])].sort();
  let chosen = universe;
  const role = ctx.query.get('role');
  if (role !== null && role !== '') {
    const found = roles.find((entry) => entry.pk === role);
    if (!found) return json(400, { role: ['Select a valid choice. That choice is not one of the available choices.'] });
    chosen = chosen.filter((permission) => found.permissions.includes(permission));
  }
  const user = ctx.query.get('user');
  if (user !== null && user !== '' && schemaFacts(ctx.state.release).rbacPermissionsUserFilter) {
    const found = ctx.state.users.find((entry) => String(entry.pk) === user);
    chosen = chosen.filter((permission) => found?.permissions.includes(permission) ?? false);
  }
  const exact = (name: string, value: string) => {
    const wanted = ctx.query.get(name);
    return wanted === null || wanted === '' || wanted === value;
  };
  const items = chosen
    .map((permission) => serializePermission(permission, universe.indexOf(permission) + 1))
    .filter(
      (entry) =>
        exact('codename', String(entry.codename)) &&
        exact('content_type__app_label', String(entry.app_label)) &&
        exact('content_type__model', String(entry.model)),
    );
  return paginate(ctx, items);
};

export const coreRoutes: Record<string, ApiHandler> = {
  core_users_me_retrieve: usersMe,
  rbac_permissions_list: permissionsList,
  core_applications_list: applicationsList,
  core_applications_retrieve: applicationsRetrieve,
  core_applications_check_access_retrieve: applicationsCheckAccess,
};
