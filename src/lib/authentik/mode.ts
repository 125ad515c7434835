/**
 * Which way this page reaches authentik:
 * - proxy: served by the wizard's own server (npm start), which forwards /api/v3 to authentik;
 * - same-origin: served from authentik's own origin, so calls are plain same-origin requests;
 * - direct: anywhere else; works only when a reverse proxy adds CORS headers for this origin.
 */
import type { ConnectionMode } from './problem';

export interface ProxyInfo {
  proxy: 'authentik-wizard';
  version: number;
  demo: { url: string; token: string; label: string } | null;
}

export const PROXY_INFO_PATH = '/__wizard/proxy';

/** The wizard's own server, if any; `release` asks for the demo authentik of that release. */
export async function detectProxy(signal?: AbortSignal, release?: string): Promise<ProxyInfo | null> {
  try {
    const response = await fetch(release ? `${PROXY_INFO_PATH}?release=${encodeURIComponent(release)}` : PROXY_INFO_PATH, {
      signal: signal ?? null,
      credentials: 'omit',
      cache: 'no-store',
    });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return null;
    const body = (await response.json()) as Partial<ProxyInfo>;
    return body.proxy === 'authentik-wizard' ? (body as ProxyInfo) : null;
  } catch {
    return null;
  }
}

export function resolveMode(base: string, proxy: ProxyInfo | null, pageOrigin = globalThis.location.origin): ConnectionMode {
  if (new URL(base).origin === pageOrigin) return 'same-origin';
  return proxy ? 'proxy' : 'direct';
}
