/**
 * The one place that builds an authentik client from {authentik base URL, token, mode}.
 * Types come from the official schema (schema.gen.ts, generated); the runtime is openapi-fetch.
 * Every failure surfaces as an AuthentikApiError carrying an ApiProblem.
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema.gen';
import { AuthentikApiError, problemFromResponse, problemFromThrown, type ConnectionMode } from './problem';

export interface AuthentikTarget {
  /** Normalised base URL, e.g. https://authentik.company or https://example.com/auth */
  base: string;
  token: string;
  mode: ConnectionMode;
}

export const DEFAULT_TIMEOUT_MS = 45_000;
export const PROXY_BASE_HEADER = 'X-Authentik-Base';

/** Does the Content-Type header (null when absent) match? */
function typeIs(contentType: string | null, pattern: RegExp): boolean {
  return Boolean(contentType?.match(pattern));
}

function isJson(contentType: string | null): boolean {
  return typeIs(contentType, /^application\/([\w.+-]+\+)?json\b/i);
}

async function readJson(response: Response): Promise<unknown> {
  if (!isJson(response.headers.get('content-type'))) return undefined;
  try {
    return await response.json();
  } catch {
    // A body that is not JSON after all reads as no body.
  }
}

/** Where a path under authentik's base is fetched from, given the mode. */
function originFor(target: AuthentikTarget): string {
  return target.mode === 'proxy' ? globalThis.location.origin : target.base;
}

/** Requests in flight through one client; with a limit, the rest wait their turn (FIFO). */
export interface RequestGate {
  readonly inFlight: number;
  readonly peak: number;
  readonly total: number;
}

function createGate(limit: number) {
  let inFlight = 0;
  let peak = 0;
  let total = 0;
  const waiting: (() => void)[] = [];
  return {
    stats: {
      get inFlight() {
        return inFlight;
      },
      get peak() {
        return peak;
      },
      get total() {
        return total;
      },
    } satisfies RequestGate,
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (inFlight >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      inFlight += 1;
      total += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await task();
      } finally {
        inFlight -= 1;
        waiting.shift()?.();
      }
    },
  };
}

function makeFetch(target: AuthentikTarget, timeoutMs: number, withToken: boolean, gate: ReturnType<typeof createGate>) {
  return (input: Request): Promise<Response> => gate.run(() => send(target, timeoutMs, withToken, input));
}

async function send(target: AuthentikTarget, timeoutMs: number, withToken: boolean, input: Request): Promise<Response> {
  const headers = new Headers(input.headers);
  if (withToken) headers.set('Authorization', `Bearer ${target.token}`);
  if (target.mode === 'proxy') headers.set(PROXY_BASE_HEADER, target.base);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([input.signal, timeout]);
  let response: Response;
  try {
    response = await fetch(new Request(input, { headers, signal, credentials: 'omit', redirect: 'error' }));
  } catch (error) {
    throw new AuthentikApiError(problemFromThrown(error, target.mode, timeout.aborted));
  }
  const contentType = response.headers.get('content-type');
  if (!response.ok) {
    throw new AuthentikApiError(problemFromResponse(response.status, contentType, await readJson(response)));
  }
  if (response.status !== 204 && !isJson(contentType) && !typeIs(contentType, /xml/i)) {
    throw new AuthentikApiError({ kind: 'not-authentik', status: response.status, contentType });
  }
  return response;
}

/**
 * `maxInFlight` bounds the requests this client has open at once (an audit of hundreds of
 * applications must not flood authentik); `requests` tells how many are open, the peak and the total.
 */
export function createAuthentikClient(target: AuthentikTarget, options: { timeoutMs?: number; maxInFlight?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const gate = createGate(options.maxInFlight ?? Number.POSITIVE_INFINITY);
  const api = createClient<paths>({
    baseUrl: `${originFor(target)}/api/v3`,
    fetch: makeFetch(target, timeoutMs, true, gate),
  });
  const publicFetch = makeFetch(target, timeoutMs, false, gate);
  return {
    target,
    api,
    requests: gate.stats,
    /**
     * GET a public authentik URL (discovery, JWKS, SAML metadata) given as an absolute URL that
     * authentik itself returned. Only URLs below the connected base are fetched.
     */
    async getPublic(absoluteUrl: string, init: { signal?: AbortSignal } = {}): Promise<Response> {
      const path = pathBelowBase(target.base, absoluteUrl);
      if (path === null) throw new AuthentikApiError({ kind: 'not-found', detail: `${absoluteUrl} is not below ${target.base}` });
      return publicFetch(new Request(`${originFor(target)}${path}`, { signal: init.signal ?? null }));
    },
  };
}

export type AuthentikClient = ReturnType<typeof createAuthentikClient>;

/** For https://ak.company/auth + https://ak.company/auth/application/o/x/jwks/ → /application/o/x/jwks/ */
export function pathBelowBase(base: string, absoluteUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(absoluteUrl);
  } catch {
    return null;
  }
  const baseUrl = new URL(base);
  const basePath = baseUrl.pathname.replace(/\/$/, '');
  if (url.host !== baseUrl.host || !url.pathname.startsWith(`${basePath}/`)) return null;
  return `${url.pathname.slice(basePath.length)}${url.search}`;
}

/** Awaits an openapi-fetch call and returns its data; failures were already turned into AuthentikApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  try {
    const result = await call;
    return result.data as T;
  } catch (error) {
    if (error instanceof AuthentikApiError) throw error;
    throw new AuthentikApiError(problemFromThrown(error, 'direct', false));
  }
}

/** A read that a non-superuser may be refused (or that may not exist): null instead of an error. */
export async function optional<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    // Reading settings or keypairs needs permissions a non-superuser may lack; the screen says so.
    if (error instanceof AuthentikApiError && (error.problem.kind === 'permission' || error.problem.kind === 'not-found')) return null;
    throw error;
  }
}
