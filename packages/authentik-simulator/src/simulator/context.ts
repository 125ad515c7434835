/**
 * Per-request context handed to route handlers, and the audit-event recorder.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { OperationMatch, RequestCheck } from '../contract/openapi-contract.ts';
import type { HttpResult } from './http.ts';
import { ANONYMOUS_PK } from './seed.ts';
import type { SimEvent, SimUser, SimulatorState } from './types.ts';

export interface RequestInfo {
  state: SimulatorState;
  method: string;
  /** Full path incl. /api/v3, without query. */
  path: string;
  query: URLSearchParams;
  /** `<proto>://<host>` of this request. */
  origin: string;
  clientIp: string;
  userAgent: string;
  user: SimUser | null;
}

export interface ApiContext extends RequestInfo {
  /** Path below /api/v3. */
  apiPath: string;
  body: unknown;
  op: OperationMatch;
  /** Result of the contract check of this request (routes decide when a 400 is due). */
  check: RequestCheck;
}

export type ApiHandler = (ctx: ApiContext) => HttpResult;

/** `{"pk", "app", "name", "model_name"}` as authentik's `model_to_dict`-style event context. */
export function modelRef(app: string, modelName: string, pk: string | number, name: string): Record<string, unknown> {
  return { pk, app, name, model_name: modelName };
}

function eventUser(user: SimUser | null): Record<string, unknown> {
  if (!user) return { pk: ANONYMOUS_PK, email: '', username: 'AnonymousUser' };
  return { pk: user.pk, email: user.email, username: user.username };
}

/** Python `datetime.isoformat()` in UTC as DRF renders it. */
export function drfNow(date = new Date()): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

let lastEventMicros = 0;

/** Strictly increasing event timestamps (µs), so `-created` ordering is stable within one millisecond. */
function nextEventTime(): { iso: string; ms: number } {
  const micros = Math.max(Date.now() * 1000, lastEventMicros + 1);
  lastEventMicros = micros;
  const ms = Math.floor(micros / 1000);
  const iso = new Date(ms).toISOString().replace(/Z$/, `${String(micros % 1000).padStart(3, '0')}Z`);
  return { iso, ms };
}

export function recordEvent(info: RequestInfo, action: SimEvent['action'], app: string, context: Record<string, unknown>): SimEvent {
  const created = nextEventTime();
  const retentionDays = Number(/days=(\d+)/.exec(info.state.settings.event_retention ?? '')?.[1] ?? 365);
  const event: SimEvent = {
    pk: randomUUID(),
    user: eventUser(info.user),
    action,
    app,
    context: {
      ...context,
      http_request: {
        args: Object.fromEntries(info.query.entries()),
        path: info.path,
        method: info.method,
        request_id: randomBytes(16).toString('hex'),
        user_agent: info.userAgent,
      },
    },
    client_ip: info.clientIp,
    created: created.iso,
    expires: drfNow(new Date(created.ms + retentionDays * 24 * 3600 * 1000)),
    brand: modelRef('authentik_brands', 'brand', info.state.brand.pk.replace(/-/g, ''), info.state.brand.name),
  };
  info.state.events.push(event);
  return event;
}
