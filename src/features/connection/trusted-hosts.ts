/**
 * authentik hosts the admin has confirmed in this tab, so a link that prefills one of them does
 * not ask again. Only host names (with port) are kept, in sessionStorage; never a token.
 */
export const TRUSTED_HOSTS_KEY = 'authentik-wizard.trusted-hosts';

/** The host (name and port) a base URL sends the token to, or null when it is not a URL. */
export function tokenHost(base: string): string | null {
  try {
    const url = new URL(base);
    return url.host === '' ? null : url.host.toLowerCase();
  } catch {
    return null;
  }
}

export function trustedHosts(): string[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(TRUSTED_HOSTS_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((host): host is string => typeof host === 'string') : [];
  } catch {
    return [];
  }
}

export function isTrustedHost(host: string): boolean {
  return trustedHosts().includes(host.toLowerCase());
}

/** Remembers that the admin chose this host (typed it, or confirmed a link's). */
export function trustHost(host: string): void {
  const name = host.toLowerCase();
  if (isTrustedHost(name)) return;
  try {
    sessionStorage.setItem(TRUSTED_HOSTS_KEY, JSON.stringify([...trustedHosts(), name]));
  } catch {
    // Storage may be full or disabled: the admin is asked again next time, which is safe.
  }
}
