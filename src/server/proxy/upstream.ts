import { basePathOf } from './check-target.ts';
import type { ProxyFailure, UnreachableCause } from './proxy-error.ts';

/** Redirects within authentik's own origin and base path that are followed. */
export const MAX_REDIRECT_HOPS = 3;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Response headers passed from authentik to the browser; everything else is dropped. */
export const PASSED_RESPONSE_HEADERS = [
  'content-type',
  'content-disposition',
  'cache-control',
  'etag',
  'last-modified',
] as const;

/** Request headers passed from the browser to authentik; everything else is dropped. */
export const PASSED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept'] as const;

export interface UpstreamRequest {
  /** Checked authentik base URL (see checkTarget). */
  target: URL;
  method: string;
  /** Raw request path and query, already checked (starts with an allowed prefix). */
  pathAndQuery: string;
  headers: Record<string, string>;
  body: Buffer | undefined;
  timeoutMs: number;
  /** The whole request's limit, as told to the admin; default: timeoutMs. */
  budgetMs?: number;
  maxResponseBytes: number;
  fetchImpl: typeof fetch;
  /** Aborted when the browser goes away. */
  clientSignal: AbortSignal;
}

export type UpstreamResult =
  | { kind: 'response'; status: number; headers: [string, string][]; body: Buffer }
  | { kind: 'failure'; failure: ProxyFailure }
  | { kind: 'client_gone' };

/** Builds the URL on authentik for a browser path: origin + base path + path + query. */
export function upstreamUrl(target: URL, pathAndQuery: string): URL {
  return new URL(`${target.origin}${basePathOf(target)}${pathAndQuery}`);
}

/** True when `next` stays on authentik's origin and under its base path. */
export function isWithinTarget(next: URL, target: URL): boolean {
  if (next.origin !== target.origin || next.username !== '' || next.password !== '') return false;
  const base = basePathOf(target);
  return base === '' || next.pathname === base || next.pathname.startsWith(`${base}/`);
}

function findErrorCode(err: unknown): { code: string | undefined; message: string } {
  let current: unknown = err;
  for (let depth = 0; depth < 6 && current !== null && typeof current === 'object'; depth += 1) {
    const record = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.code === 'string') {
      return { code: record.code, message: typeof record.message === 'string' ? record.message : '' };
    }
    if (Array.isArray(record.errors) && record.errors.length > 0) {
      current = record.errors[0];
      continue;
    }
    if (record.cause === undefined) {
      return { code: undefined, message: typeof record.message === 'string' ? record.message : '' };
    }
    current = record.cause;
  }
  return { code: undefined, message: '' };
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const TLS_CODES = new Set([
  'EPROTO',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'HOSTNAME_MISMATCH',
]);

/** Sorts a network error from fetch / node:http into the proxy's causes. */
export function classifyNetworkError(err: unknown): UnreachableCause | 'timeout' {
  const { code, message } = findErrorCode(err);
  if (code !== undefined) {
    if (DNS_CODES.has(code)) return 'dns';
    if (code === 'ECONNREFUSED') return 'refused';
    if (TIMEOUT_CODES.has(code)) return 'timeout';
    if (RESET_CODES.has(code)) return 'reset';
    if (TLS_CODES.has(code) || /^(ERR_TLS_|ERR_SSL_|CERT_)/.test(code)) return 'tls';
  }
  if (/socket hang up|other side closed/i.test(message)) return 'reset';
  return 'other';
}

function unreachable(cause: UnreachableCause, url: URL, err: unknown): ProxyFailure {
  const where = url.host;
  const port = url.port !== '' ? url.port : url.protocol === 'https:' ? '443' : '80';
  const messages: Record<UnreachableCause, string> = {
    dns: `The host name "${url.hostname}" could not be resolved. Check the authentik URL for typos and that this computer can resolve it (VPN, DNS).`,
    refused: `${where} refused the connection on port ${port}. Check that authentik is running and that the port in the URL is right.`,
    tls: `The HTTPS connection to ${where} failed: its certificate is not trusted or does not match the host name. Use the host name on authentik's certificate, or start the wizard with NODE_EXTRA_CA_CERTS pointing to your CA file.`,
    reset: `${where} closed the connection before answering. Check authentik and any reverse proxy in front of it, then try again.`,
    other: /bad port/i.test(findErrorCode(err).message)
      ? `Port ${port} is blocked for outgoing requests by Node.js. Reach authentik through a standard port such as 443.`
      : `${where} could not be reached. Check the authentik URL and your network connection, then try again.`,
  };
  return { code: 'upstream_unreachable', cause, message: messages[cause] };
}

export function describeDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} seconds`;
}

function timeoutFailure(url: URL, timeoutMs: number): ProxyFailure {
  return {
    code: 'upstream_timeout',
    message: `${url.host} did not answer within ${describeDuration(timeoutMs)}. Check that authentik is healthy and reachable from this computer, then try again.`,
  };
}

async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // the body is not needed; failing to cancel it changes nothing
  }
}

type ReadResult = { ok: true; body: Buffer } | { ok: false };

/** Reads a body as a stream, stopping as soon as it grows beyond `max` bytes. */
async function readCapped(response: Response, max: number, method: string): Promise<ReadResult> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (method !== 'HEAD' && Number.isFinite(declared) && declared > max) {
    await discardBody(response);
    return { ok: false };
  }
  if (response.body === null) return { ok: true, body: Buffer.alloc(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      try {
        await reader.cancel();
      } catch {
        // already failing; the size error is what matters
      }
      return { ok: false };
    }
    chunks.push(value);
  }
  return { ok: true, body: Buffer.concat(chunks, total) };
}

function nextMethod(status: number, method: string): string {
  if (status === 303 && method !== 'HEAD') return 'GET';
  if ((status === 301 || status === 302) && method === 'POST') return 'GET';
  return method;
}

/**
 * Sends one browser request to authentik: manual redirects (same origin and base path
 * only, at most MAX_REDIRECT_HOPS), a timeout covering the whole exchange, a cap on the
 * response size, and cancellation when the browser goes away.
 */
export async function forwardUpstream(request: UpstreamRequest): Promise<UpstreamResult> {
  const controller = new AbortController();
  let timedOut = false;
  let clientGone = request.clientSignal.aborted;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, request.timeoutMs);
  const onClientAbort = (): void => {
    clientGone = true;
    controller.abort();
  };
  request.clientSignal.addEventListener('abort', onClientAbort, { once: true });

  let url = upstreamUrl(request.target, request.pathAndQuery);
  let method = request.method;
  let body = request.body;
  try {
    if (clientGone) return { kind: 'client_gone' };
    for (let hop = 0; ; hop += 1) {
      const init: RequestInit = {
        method,
        headers: request.headers,
        redirect: 'manual',
        signal: controller.signal,
      };
      if (body !== undefined && body.length > 0 && method !== 'GET' && method !== 'HEAD') {
        init.body = new Uint8Array(body);
      }
      const response = await request.fetchImpl(url, init);
      const location = response.headers.get('location');
      if (REDIRECT_STATUSES.has(response.status) && location !== null) {
        await discardBody(response);
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          next = new URL('invalid:');
        }
        if (!isWithinTarget(next, request.target)) {
          return {
            kind: 'failure',
            failure: {
              code: 'upstream_redirect',
              message: `authentik redirected the request to ${next.origin === 'null' ? 'an invalid address' : `${next.origin}${next.pathname}`.slice(0, 200)}, which is outside ${request.target.origin}${basePathOf(request.target)}. Enter the authentik URL exactly as authentik is configured (check the host name, https and any sub-path).`,
            },
          };
        }
        if (hop >= MAX_REDIRECT_HOPS) {
          return {
            kind: 'failure',
            failure: {
              code: 'upstream_redirect',
              message: `authentik redirected more than ${MAX_REDIRECT_HOPS} times. Check the reverse proxy in front of authentik for a redirect loop.`,
            },
          };
        }
        const changed = nextMethod(response.status, method);
        if (changed !== method) body = undefined;
        method = changed;
        url = next;
        continue;
      }
      const read = await readCapped(response, request.maxResponseBytes, method);
      if (!read.ok) {
        return {
          kind: 'failure',
          failure: {
            code: 'upstream_too_large',
            message: `authentik's answer was larger than ${Math.round(request.maxResponseBytes / 1024 / 1024)} MiB, the most this proxy passes on. Narrow the request (for example with page_size) and try again.`,
          },
        };
      }
      const headers: [string, string][] = [];
      for (const name of PASSED_RESPONSE_HEADERS) {
        const value = response.headers.get(name);
        if (value !== null) headers.push([name, value]);
      }
      return { kind: 'response', status: response.status, headers, body: read.body };
    }
  } catch (err) {
    if (clientGone) return { kind: 'client_gone' };
    if (timedOut) return { kind: 'failure', failure: timeoutFailure(url, request.budgetMs ?? request.timeoutMs) };
    const cause = classifyNetworkError(err);
    if (cause === 'timeout') return { kind: 'failure', failure: timeoutFailure(url, request.budgetMs ?? request.timeoutMs) };
    return { kind: 'failure', failure: unreachable(cause, url, err) };
  } finally {
    clearTimeout(timer);
    request.clientSignal.removeEventListener('abort', onClientAbort);
  }
}
