/**
 * Every way a call to authentik can fail, as one union the UI can explain.
 * Produced by `toProblem` from a Response, or by `problemFromThrown` from what fetch threw.
 */
export type ConnectionMode = 'proxy' | 'same-origin' | 'direct';

export type FieldErrors = Record<string, string[]>;

export type ApiProblem =
  | { kind: 'network'; mode: Exclude<ConnectionMode, 'proxy'> }
  | { kind: 'proxy-unreachable' }
  | { kind: 'proxy-refused'; code: string; message: string }
  | { kind: 'upstream-unreachable'; code: string; cause: string | null; message: string }
  | { kind: 'missing-token' }
  | { kind: 'invalid-token' }
  | { kind: 'malformed-token' }
  | { kind: 'permission'; detail: string }
  | { kind: 'validation'; fields: FieldErrors; nonField: string[] }
  | { kind: 'not-found'; detail: string | null }
  | { kind: 'server'; status: number }
  | { kind: 'timeout' }
  | { kind: 'cancelled' }
  /** `shape`: what answered JSON, but not in the shape authentik sends for that endpoint. */
  | { kind: 'not-authentik'; status: number; contentType: string | null; shape?: string };

export class AuthentikApiError extends Error {
  readonly problem: ApiProblem;
  constructor(problem: ApiProblem) {
    super(`authentik API: ${problem.kind}`);
    this.name = 'AuthentikApiError';
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is AuthentikApiError {
  return error instanceof AuthentikApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Flattens a DRF error body into dotted field paths:
 * {"provider":{"redirect_uris":[{"url":["…"]}]}} → {"provider.redirect_uris.0.url": ["…"]}.
 */
export function flattenFieldErrors(body: unknown, prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  const add = (key: string, message: string) => {
    (out[key] ??= []).push(message);
  };
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') add(path || 'non_field_errors', value);
    else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') add(path || 'non_field_errors', item);
        else walk(item, path ? `${path}.${index}` : String(index));
      });
    } else if (isRecord(value)) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'code') continue;
        const next = key === 'non_field_errors' ? path || key : path ? `${path}.${key}` : key;
        walk(inner, next);
      }
    }
  };
  walk(body, prefix);
  return out;
}

const TOKEN_DETAILS: Record<string, ApiProblem['kind']> = {
  'Authentication credentials were not provided.': 'missing-token',
  'Token invalid/expired': 'invalid-token',
  'Malformed header': 'malformed-token',
};

function proxyProblem(body: unknown): ApiProblem | null {
  if (!isRecord(body) || !isRecord(body.wizard_proxy_error)) return null;
  const { code, message, cause } = body.wizard_proxy_error;
  const c = typeof code === 'string' ? code : 'unknown';
  const m = typeof message === 'string' ? message : 'The local proxy refused the request.';
  if (c.startsWith('upstream_')) return { kind: 'upstream-unreachable', code: c, cause: typeof cause === 'string' ? cause : null, message: m };
  return { kind: 'proxy-refused', code: c, message: m };
}

/** Maps a failed (non-2xx) answer, already parsed, to a problem. `body` is undefined when it was not JSON. */
export function problemFromResponse(status: number, contentType: string | null, body: unknown): ApiProblem {
  const fromProxy = proxyProblem(body);
  if (fromProxy) return fromProxy;
  const json = body !== undefined;
  if (status === 403 && json && isRecord(body)) {
    const detail = typeof body.detail === 'string' ? body.detail : null;
    const tokenKind = detail ? TOKEN_DETAILS[detail] : undefined;
    if (tokenKind === 'missing-token' || tokenKind === 'invalid-token' || tokenKind === 'malformed-token') return { kind: tokenKind };
    if (detail) return { kind: 'permission', detail };
    // Transactional endpoint: {"provider": "User lacks permission to create …"}
    const messages = Object.values(body).filter((v): v is string => typeof v === 'string');
    return { kind: 'permission', detail: messages.join(' ') || 'You do not have permission to perform this action.' };
  }
  if (status === 400 && json && (isRecord(body) || Array.isArray(body))) {
    const fields = flattenFieldErrors(body);
    const nonField = fields.non_field_errors ?? [];
    delete fields.non_field_errors;
    return { kind: 'validation', fields, nonField };
  }
  if (status === 404 && json) {
    return { kind: 'not-found', detail: isRecord(body) && typeof body.detail === 'string' ? body.detail : null };
  }
  if (status >= 500) return { kind: 'server', status };
  return { kind: 'not-authentik', status, contentType };
}

export function problemFromThrown(error: unknown, mode: ConnectionMode, timedOut: boolean): ApiProblem {
  if (error instanceof AuthentikApiError) return error.problem;
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError' || name === 'TimeoutError') return timedOut || name === 'TimeoutError' ? { kind: 'timeout' } : { kind: 'cancelled' };
  if (error instanceof SyntaxError) return { kind: 'not-authentik', status: 200, contentType: 'application/json' };
  if (mode === 'proxy') return { kind: 'proxy-unreachable' };
  return { kind: 'network', mode };
}
