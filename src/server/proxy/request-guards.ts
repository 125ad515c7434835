import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { ProxyFailure } from './proxy-error.ts';

/** Path prefixes the proxy forwards to authentik. */
export const FORWARDED_PREFIXES = ['/api/v3/', '/application/'] as const;

/** The path the app asks to learn that it runs behind this proxy. */
export const INFO_PATH = '/__wizard/proxy';

export const FORWARDED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The Host values a browser sends for a page served on this port of the loopback interface. */
export function defaultAllowedHosts(port: number): string[] {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  if (port === 80) hosts.push('127.0.0.1', 'localhost', '[::1]');
  return hosts;
}

export function isForwardedPath(path: string): boolean {
  return FORWARDED_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * True when a raw request path (no query) could climb out of its prefix or be read
 * differently by another server: dot segments (plain or percent-encoded), backslashes,
 * encoded slashes, NUL bytes and empty segments ("//").
 */
export function hasPathTraversal(path: string): boolean {
  if (/%(2f|5c|00)/i.test(path)) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  if (decoded.includes('\\') || decoded.includes('//') || decoded.includes('\u0000')) return true;
  return decoded.split('/').some((segment) => segment === '.' || segment === '..');
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Checks that the request comes from the wizard's own page on this server:
 * Host (DNS rebinding), Origin (cross-site pages) and Sec-Fetch-Site.
 * Returns null when the request may go on.
 */
export function checkCaller(req: IncomingMessage, allowedHosts: readonly string[]): ProxyFailure | null {
  const allowed = allowedHosts.map((h) => h.toLowerCase());
  const sent = single(req.headers.host)?.toLowerCase();
  const host = allowed.find((h) => h === sent);
  if (host === undefined) {
    return {
      code: 'forbidden_host',
      message:
        allowed.length === 0
          ? 'The proxy does not know which address it is served on yet, so it refuses every request. Restart the wizard with npm start and open the address it prints.'
          : `This proxy only answers pages opened at ${allowed.map((h) => `http://${h}`).join(', ')}. Open the wizard at one of those addresses.`,
    };
  }
  const origin = single(req.headers.origin);
  if (origin !== undefined) {
    const scheme = (req.socket as Partial<TLSSocket>).encrypted === true ? 'https' : 'http';
    if (origin.toLowerCase() !== `${scheme}://${host}`) {
      return {
        code: 'forbidden_origin',
        message: `Requests from ${origin.slice(0, 200)} are refused: only the wizard's own page at ${scheme}://${host} may use this proxy.`,
      };
    }
  }
  const site = single(req.headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return {
      code: 'forbidden_fetch_site',
      message: `The browser reports this request as "${site.slice(0, 40)}"; only the wizard's own page may use this proxy. Open the wizard directly at http://${host}.`,
    };
  }
  return null;
}
