/**
 * /events/events/ — the audit log (model_created, configuration_error, secret_view, …).
 */
import { hasPerm } from '../auth.ts';
import type { ApiHandler } from '../context.ts';
import { applyOrdering, filterErrors, matchesSearch, paginate, queryList } from '../pagination.ts';

function nested(value: unknown, ...keys: string[]): unknown {
  let current: unknown = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const eventsList: ApiHandler = (ctx) => {
  const invalid = filterErrors(ctx);
  if (invalid) return invalid;
  if (!hasPerm(ctx.user, 'authentik_events.view_event')) return paginate(ctx, []);
  const action = ctx.query.get('action');
  const actions = queryList(ctx, 'actions');
  const username = ctx.query.get('username');
  const clientIp = ctx.query.get('client_ip');
  const search = ctx.query.get('search');
  const contextFilter = (param: string, ...path: string[]) => {
    const wanted = ctx.query.get(param);
    return (event: unknown) => !wanted || String(nested(event, 'context', ...path) ?? '') === wanted;
  };
  const events = ctx.state.events
    .filter((event) => !action || event.action.includes(action))
    .filter((event) => actions.length === 0 || actions.includes(event.action))
    .filter((event) => !username || String(nested(event, 'user', 'username') ?? '').includes(username))
    .filter((event) => !clientIp || event.client_ip === clientIp)
    .filter(contextFilter('context_model_pk', 'model', 'pk'))
    .filter(contextFilter('context_model_app', 'model', 'app'))
    .filter(contextFilter('context_model_name', 'model', 'model_name'))
    .filter(contextFilter('context_authorized_app', 'authorized_application', 'pk'))
    .filter((event) => !ctx.query.get('brand_name') || String(nested(event, 'brand', 'name') ?? '').includes(ctx.query.get('brand_name')!))
    .filter((event) => matchesSearch(search, [event.action, event.app, event.client_ip ?? '', event.user ?? {}, event.context ?? {}]))
    .map((event) => structuredClone(event) as unknown as Record<string, unknown>);
  return paginate(ctx, applyOrdering(events, ctx.query.get('ordering'), '-created'));
};

export const eventRoutes: Record<string, ApiHandler> = {
  events_events_list: eventsList,
};
