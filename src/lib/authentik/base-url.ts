/**
 * Turns whatever an admin pastes ("authentik.company", "https://authentik.company/",
 * "https://sso.example.com/auth/if/admin/#/core/applications") into one base URL:
 * scheme + host [+ port] [+ sub-path], without a trailing slash.
 */
export type BaseUrlResult = { ok: true; base: string } | { ok: false; message: string };

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Paths authentik serves below its base; anything from here on was pasted from a browser tab. */
const AUTHENTIK_SUFFIX = /\/(if|api|application|flows|static|media|outpost\.goauthentik\.io|-)(\/.*)?$/;

/** Shortest run of host-name characters, with no dot, that is taken for a pasted token. */
export const TOKEN_LIKE_LENGTH = 20;

/**
 * True for what is far more likely an API token than an address: no scheme, no dot, port or
 * path, and a long run of letters, digits, "-" or "_" (authentik's keys are 60 such characters).
 */
export function looksLikeToken(input: string): boolean {
  const raw = input.trim();
  return raw.length >= TOKEN_LIKE_LENGTH && /^[A-Za-z0-9_-]+$/.test(raw);
}

export const TOKEN_IN_URL_MESSAGE =
  'This looks like an API token, not an address, so nothing was sent. Paste the token into the “API token” field and enter the address you open authentik with here, for example authentik.company. (If this really is a host name, type it with https:// in front.)';

export function normalizeAuthentikUrl(input: string): BaseUrlResult {
  const raw = input.trim();
  if (raw === '') return { ok: false, message: 'Enter the address of your authentik, for example authentik.company.' };
  if (/\s/.test(raw)) return { ok: false, message: 'The address contains a space. Enter only the host name, for example authentik.company.' };
  // Checked before anything parses the value as a host, so a pasted token is never looked up or sent.
  if (looksLikeToken(raw)) return { ok: false, message: TOKEN_IN_URL_MESSAGE };

  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw);
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : `https://${raw}`);
  } catch {
    return { ok: false, message: 'This is not a web address. Enter the host name of your authentik, for example authentik.company.' };
  }
  if (!hasScheme && isLoopbackHost(url.hostname)) url = new URL(`http://${raw}`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `authentik is reached over https, not ${url.protocol.replace(':', '')}. Enter an https:// address.` };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Remove the user name and password from the address; the API token is entered separately.' };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      message: 'Use https:// for authentik. Plain http is accepted only for an authentik on this computer (localhost or 127.0.0.1).',
    };
  }

  // Trailing slashes go, so the root ("/") becomes "".
  const path = url.pathname.replace(AUTHENTIK_SUFFIX, '').replace(/\/+$/, '');
  return { ok: true, base: `${url.protocol}//${url.host}${path}` };
}

/** The host (with a non-default port) users' browsers will see, e.g. "authentik.company". */
export function displayHost(base: string): string {
  const url = new URL(base);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
