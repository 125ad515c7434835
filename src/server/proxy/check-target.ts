/** Longest authentik base URL the proxy accepts. */
const MAX_BASE_LENGTH = 2048;

export type TargetCheck =
  | { ok: true; url: URL }
  | { ok: false; code: 'target_missing' | 'target_invalid' | 'target_insecure'; message: string };

/**
 * True for host names that always mean "this computer": localhost, 127.0.0.0/8 and ::1.
 * `hostname` is as WHATWG URL gives it (lower case, IPv6 in brackets, IPv4 normalised).
 */
export function isLoopbackHostname(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host === '[::1]' || host === '::1') return true;
  const parts = host.split('.');
  if (parts.length !== 4 || parts[0] !== '127') return false;
  return parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

function invalid(message: string): TargetCheck {
  return { ok: false, code: 'target_invalid', message };
}

/**
 * Validates the authentik base URL sent by the browser in `X-Authentik-Base`.
 * On success `url` has no credentials, query or fragment, and its pathname is the
 * base path without a trailing slash ('/' for a root install).
 */
export function checkTarget(base: string): TargetCheck {
  const raw = base.trim();
  if (raw === '') {
    return {
      ok: false,
      code: 'target_missing',
      message:
        'No authentik URL was sent. Enter the address of your authentik server (for example https://authentik.company) and try again.',
    };
  }
  if (raw.length > MAX_BASE_LENGTH) {
    return invalid('The authentik URL is too long. Enter just the address of your authentik server, for example https://authentik.company.');
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\u0000-\u001f\u007f\s\\]/.test(raw)) {
    return invalid('The authentik URL contains spaces, backslashes or control characters. Enter an address such as https://authentik.company.');
  }
  if (raw.includes('?') || raw.includes('#')) {
    return invalid('The authentik URL must not contain "?" or "#". Enter only the server address (and sub-path, if authentik runs under one).');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return invalid(`"${raw.slice(0, 100)}" is not a URL. Enter the full address including https://, for example https://authentik.company.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return invalid('The authentik URL must start with https:// (or http:// for a server on this computer).');
  }
  if (url.username !== '' || url.password !== '') {
    return invalid('The authentik URL must not contain a user name or password. Remove the "user:password@" part; the API token is sent separately.');
  }
  // (An http(s) URL always has a host name: WHATWG URL refuses "https://" and reads "https:///x" as https://x/.)
  // Dot segments and encoded dots or slashes are looked for in what was typed: URL has already resolved them.
  // The scheme ("https:") and the empty part after it never match; a host name cannot either once URL accepted it.
  if (raw.split('/').some((s) => s === '.' || s === '..' || /%2e|%2f|%5c/i.test(s))) {
    return invalid('The authentik URL must not contain "." or ".." segments, or encoded dots, slashes or backslashes. Enter the plain address of your authentik server.');
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    return {
      ok: false,
      code: 'target_insecure',
      message: `Plain http:// is only allowed for an authentik server on this computer (localhost, 127.0.0.1, ::1). Use https://${url.host}${url.pathname.replace(/\/+$/, '')} instead.`,
    };
  }
  const basePath = url.pathname.replace(/\/+$/, '');
  if (basePath.includes('//')) {
    return invalid('The authentik URL path contains an empty segment ("//"). Enter the plain address of your authentik server.');
  }
  // An empty pathname reads back as "/" on an http(s) URL.
  url.pathname = basePath;
  return { ok: true, url };
}

/** The base path of a checked target: '' for root installs, else '/sub/path'. */
export function basePathOf(url: URL): string {
  return url.pathname === '/' ? '' : url.pathname;
}
