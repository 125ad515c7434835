import type { ServerResponse } from 'node:http';

/** Every way the proxy itself can refuse or fail, with its HTTP status. */
export const PROXY_ERROR_STATUS = {
  target_missing: 400,
  target_invalid: 400,
  target_insecure: 400,
  forbidden_origin: 403,
  forbidden_host: 403,
  forbidden_fetch_site: 403,
  path_not_allowed: 404,
  method_not_allowed: 405,
  demo_release_unknown: 400,
  request_timeout: 408,
  request_too_large: 413,
  upstream_unreachable: 502,
  upstream_redirect: 502,
  upstream_too_large: 502,
  upstream_timeout: 504,
} as const;

export type ProxyErrorCode = keyof typeof PROXY_ERROR_STATUS;

/** Why authentik could not be reached (only for `upstream_unreachable`). */
export type UnreachableCause = 'dns' | 'refused' | 'tls' | 'reset' | 'other';

export interface ProxyFailure {
  code: ProxyErrorCode;
  message: string;
  cause?: UnreachableCause;
}

export interface ProxyErrorBody {
  wizard_proxy_error: { code: ProxyErrorCode; message: string; cause?: UnreachableCause };
}

export function proxyErrorBody(failure: ProxyFailure): ProxyErrorBody {
  const inner: ProxyErrorBody['wizard_proxy_error'] = { code: failure.code, message: failure.message };
  if (failure.cause !== undefined) inner.cause = failure.cause;
  return { wizard_proxy_error: inner };
}

/**
 * Removes Access-Control-* headers that an earlier middleware (e.g. Vite's `cors`) may
 * already have set: the proxy never grants cross-origin access.
 */
export function clearCorsHeaders(res: ServerResponse): void {
  for (const name of res.getHeaderNames()) {
    if (name.toLowerCase().startsWith('access-control-')) res.removeHeader(name);
  }
}

/**
 * Answers with the proxy's own JSON error. Never sets any Access-Control-* header.
 * Returns the status that was sent (for the request log).
 */
export function sendProxyError(
  res: ServerResponse,
  failure: ProxyFailure,
  extraHeaders: Record<string, string> = {},
): number {
  const status = PROXY_ERROR_STATUS[failure.code];
  const body = JSON.stringify(proxyErrorBody(failure));
  if (res.headersSent || res.writableEnded) {
    res.destroy();
    return status;
  }
  clearCorsHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Wizard-Proxy', 'error');
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  res.end(body);
  return status;
}
