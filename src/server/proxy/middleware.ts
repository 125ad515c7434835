import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReleaseId } from '../../lib/authentik/releases.ts';
import { NEWEST_RELEASE, RELEASES, isReleaseId } from '../../lib/authentik/releases.ts';
import { checkTarget } from './check-target.ts';
import { clearCorsHeaders, sendProxyError } from './proxy-error.ts';
import type { ProxyFailure } from './proxy-error.ts';
import {
  FORWARDED_METHODS,
  INFO_PATH,
  checkCaller,
  defaultAllowedHosts,
  hasPathTraversal,
  isForwardedPath,
} from './request-guards.ts';
import { PASSED_REQUEST_HEADERS, describeDuration, forwardUpstream } from './upstream.ts';
import type { UpstreamResult } from './upstream.ts';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
export const DEFAULT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;
export const DEMO_LABEL = 'Demo authentik (simulated)';

export interface DemoTarget {
  url: string;
  token: string;
  /** The authentik release the demo simulates (answered to the page when set). */
  release?: ReleaseId;
}

/** Starts (or returns) the demo authentik of one release; `GET /__wizard/proxy?release=2025.4` asks for one. */
export type DemoStarter = (release: ReleaseId) => Promise<DemoTarget | null>;

export interface ProxyOptions {
  /** Host header values accepted; default: 127.0.0.1, localhost and [::1] with the listening port. */
  allowedHosts?: string[];
  timeoutMs?: number;
  maxRequestBytes?: number;
  maxResponseBytes?: number;
  /** Receives one line per request; never receives headers or tokens. Default: stdout. */
  log?: (line: string) => void;
  demo?: false | DemoTarget | DemoStarter;
  /** The release of the demo when the page names none (default: the newest). */
  demoRelease?: ReleaseId;
  fetchImpl?: typeof fetch;
}

export type ProxyMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** What `GET /__wizard/proxy` answers. */
export interface ProxyInfo {
  proxy: 'authentik-wizard';
  version: 1;
  demo: { url: string; token: string; label: string; release?: ReleaseId } | null;
}

export function defaultLog(line: string): void {
  process.stdout.write(`${line}\n`);
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' | 'aborted' | 'timeout' };

/**
 * Reads the browser's request body, refusing it as soon as it exceeds `max` bytes or has not
 * fully arrived within `timeoutMs` (the same budget as the rest of the request).
 */
function readRequestBody(req: IncomingMessage, max: number, timeoutMs: number): Promise<BodyResult> {
  const declared = Number(headerValue(req, 'content-length') ?? '');
  if (Number.isFinite(declared) && declared > max) {
    return Promise.resolve({ ok: false, reason: 'too_large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const timer = setTimeout(() => settle({ ok: false, reason: 'timeout' }), Math.max(0, timeoutMs));
    const settle = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > max) {
        settle({ ok: false, reason: 'too_large' });
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => settle({ ok: true, body: Buffer.concat(chunks, total) });
    const onAbort = (): void => settle({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, method: string): void {
  const body = JSON.stringify(value);
  clearCorsHeaders(res);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(method === 'HEAD' ? undefined : body);
}

/** Keeps a single in-flight or successful demo lookup per release; a failed one is retried next time. */
function demoResolver(demo: ProxyOptions['demo'], log: (line: string) => void): (release: ReleaseId) => Promise<DemoTarget | null> {
  if (demo === undefined || demo === false) return () => Promise.resolve(null);
  if (typeof demo !== 'function') return () => Promise.resolve(demo);
  const pending = new Map<ReleaseId, Promise<DemoTarget | null>>();
  return (release) => {
    let started = pending.get(release);
    if (!started) {
      started = demo(release).catch((err: unknown) => {
        pending.delete(release);
        log(`[wizard-proxy] the demo could not be started: ${err instanceof Error ? err.message : String(err)}`);
        return null;
      });
      pending.set(release, started);
    }
    return started;
  };
}

/**
 * The proxy as a connect-style middleware with a changeable list of allowed hosts.
 * Used by createProxyMiddleware and by the Vite plugin (which learns the port late).
 */
export function createProxyHandler(opts: ProxyOptions, getAllowedHosts: () => readonly string[]): ProxyMiddleware {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRequestBytes = opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const maxResponseBytes = opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const log = opts.log ?? defaultLog;
  const fetchImpl = opts.fetchImpl ?? fetch;
  const resolveDemo = demoResolver(opts.demo, log);

  async function handle(req: IncomingMessage, res: ServerResponse, path: string, query: string): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    let upstreamHost = '-';
    const record = (status: number | string, note?: string): void => {
      const ms = Date.now() - started;
      log(`[wizard-proxy] ${method} ${path.slice(0, 300)} -> ${upstreamHost} ${status}${note === undefined ? '' : ` ${note}`} ${ms}ms`);
    };
    const refuse = (failure: ProxyFailure, headers?: Record<string, string>): void => {
      const status = sendProxyError(res, failure, headers);
      record(status, failure.cause === undefined ? failure.code : `${failure.code}/${failure.cause}`);
    };

    const callerProblem = checkCaller(req, getAllowedHosts());
    if (callerProblem !== null) return refuse(callerProblem);

    if (path === INFO_PATH) {
      if (method !== 'GET' && method !== 'HEAD') {
        return refuse(
          { code: 'method_not_allowed', message: `${INFO_PATH} only answers GET.` },
          { Allow: 'GET, HEAD' },
        );
      }
      // `?release=2025.4` asks for the demo of that release (default: demoRelease, else the newest)
      const asked = new URLSearchParams(query.replace(/^\?/, '')).get('release');
      const release = asked ?? opts.demoRelease ?? NEWEST_RELEASE;
      if (!isReleaseId(release)) {
        return refuse({
          code: 'demo_release_unknown',
          message: `The demo simulates authentik ${RELEASES.join(', ')}; "${release.slice(0, 20)}" is not one of them.`,
        });
      }
      const demo = await resolveDemo(release);
      const info: ProxyInfo = {
        proxy: 'authentik-wizard',
        version: 1,
        demo: demo === null ? null : { url: demo.url, token: demo.token, label: DEMO_LABEL, ...(demo.release ? { release: demo.release } : {}) },
      };
      sendJson(res, 200, info, method);
      return record(200);
    }

    if (method === 'OPTIONS') {
      // Same-origin requests never need a CORS preflight, so a preflight means another site.
      return refuse({
        code: 'forbidden_origin',
        message: 'Cross-origin (CORS) requests are refused: only the wizard page served by this proxy may use it.',
      });
    }
    if (!(FORWARDED_METHODS as readonly string[]).includes(method)) {
      return refuse(
        { code: 'method_not_allowed', message: `The proxy does not forward ${method.slice(0, 20)} requests; use ${FORWARDED_METHODS.join(', ')}.` },
        { Allow: FORWARDED_METHODS.join(', ') },
      );
    }
    if (!isForwardedPath(path) || hasPathTraversal(path)) {
      return refuse({
        code: 'path_not_allowed',
        message: 'The proxy only forwards plain authentik paths under /api/v3/ and /application/ (no "..", "//", backslashes or encoded slashes).',
      });
    }

    const target = checkTarget(headerValue(req, 'x-authentik-base') ?? '');
    if (!target.ok) return refuse({ code: target.code, message: target.message });
    upstreamHost = target.url.host;

    let body: Buffer | undefined;
    if (BODY_METHODS.has(method)) {
      const read = await readRequestBody(req, maxRequestBytes, started + timeoutMs - Date.now());
      if (!read.ok) {
        if (read.reason === 'aborted') return record('client-closed');
        if (read.reason === 'timeout') {
          return refuse(
            {
              code: 'request_timeout',
              message: `The request body did not arrive within ${describeDuration(timeoutMs)}, the most this proxy waits for a whole request. Check the connection to this computer and try again.`,
            },
            { Connection: 'close' },
          );
        }
        return refuse(
          {
            code: 'request_too_large',
            message: `The request body is larger than ${Math.round(maxRequestBytes / 1024)} KiB, the most this proxy forwards. Send a smaller request.`,
          },
          { Connection: 'close' },
        );
      }
      body = read.body;
    }

    const headers: Record<string, string> = {};
    for (const name of PASSED_REQUEST_HEADERS) {
      const value = headerValue(req, name);
      if (value !== undefined) headers[name] = value;
    }
    headers['x-forwarded-proto'] = target.url.protocol === 'https:' ? 'https' : 'http';

    const clientGone = new AbortController();
    const onClose = (): void => {
      if (!res.writableFinished) clientGone.abort();
    };
    res.on('close', onClose);
    if (res.destroyed) clientGone.abort();
    let result: UpstreamResult;
    try {
      result = await forwardUpstream({
        target: target.url,
        method,
        pathAndQuery: `${path}${query}`,
        headers,
        body,
        // One budget for the whole request: what reading the body used is gone.
        timeoutMs: Math.max(1, started + timeoutMs - Date.now()),
        budgetMs: timeoutMs,
        maxResponseBytes,
        fetchImpl,
        clientSignal: clientGone.signal,
      });
    } finally {
      res.off('close', onClose);
    }
    if (result.kind === 'client_gone') return record('client-closed');
    if (result.kind === 'failure') return refuse(result.failure);

    clearCorsHeaders(res);
    res.statusCode = result.status;
    for (const [name, value] of result.headers) res.setHeader(name, value);
    res.setHeader('X-Wizard-Proxy', 'upstream');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const bodyless = method === 'HEAD' || result.status === 204 || result.status === 304;
    if (!bodyless) res.setHeader('Content-Length', result.body.length);
    res.end(bodyless ? undefined : result.body);
    record(result.status);
  }

  return (req, res, next) => {
    const rawUrl = req.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const query = queryStart === -1 ? '' : rawUrl.slice(queryStart);
    const hasBase = req.headers['x-authentik-base'] !== undefined;
    if (path !== INFO_PATH && !isForwardedPath(path) && !hasBase) {
      next();
      return;
    }
    handle(req, res, path, query).catch((err: unknown) => {
      log(`[wizard-proxy] internal error: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) {
        sendProxyError(res, {
          code: 'upstream_unreachable',
          cause: 'other',
          message: 'The proxy failed unexpectedly. Try again; if it keeps failing, restart the wizard.',
        });
      } else {
        res.destroy();
      }
    });
  };
}

/** The proxy as a connect-style middleware (Vite's `server.middlewares.use`). */
export function createProxyMiddleware(opts: ProxyOptions & { port?: number }): ProxyMiddleware {
  const { port, ...rest } = opts;
  const allowedHosts = opts.allowedHosts ?? (port === undefined ? [] : defaultAllowedHosts(port));
  return createProxyHandler(rest, () => allowedHosts);
}
