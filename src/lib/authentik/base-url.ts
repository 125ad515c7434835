/**
 * Turns whatever an admin pastes ("authentik.company", "https://authentik.company/",
 * "https://sso.example.com/auth/if/admin/#/core/applications") into one base URL:
 * scheme + host [+ port] [+ sub-path], without a trailing slash.
 */
export type BaseUrlResult = { ok: true; base: string } | { ok: false; message: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Paths authentik serves below its base; anything from here on was pasted from a browser tab. */
const AUTHENTIK_SUFFIX = /\/(if|api|application|flows|static|media|outpost\.goauthentik\.io|-)(\/.*)?$/;

export function normalizeAuthentikUrl(input: string): BaseUrlResult {
  const raw = input.trim();
  if (raw === '') return { ok: false, message: 'Enter the address of your authentik, for example authentik.company.' };
  if (/\s/.test(raw)) return { ok: false, message: 'The address contains a space. Enter only the host name, for example authentik.company.' };

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
  if (url.hostname === '') return { ok: false, message: 'The address has no host name.' };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      message: 'Use https:// for authentik. Plain http is accepted only for an authentik on this computer (localhost or 127.0.0.1).',
    };
  }

  let path = url.pathname.replace(AUTHENTIK_SUFFIX, '').replace(/\/+$/, '');
  if (path === '/') path = '';
  return { ok: true, base: `${url.protocol}//${url.host}${path}` };
}

/** The host (with a non-default port) users' browsers will see, e.g. "authentik.company". */
export function displayHost(base: string): string {
  const url = new URL(base);
  return `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
}
