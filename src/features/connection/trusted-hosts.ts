/**
 * authentik hosts the admin has confirmed in this tab ("I trust <host>"), so a link that prefills
 * one of them does not ask again. Only host names (with port) are kept, in sessionStorage; never a
 * token. Only a confirmation adds a host: typing or editing an address never does.
 */
export const TRUSTED_HOSTS_KEY = 'authentik-wizard.trusted-hosts';
/** The address this tab last connected to, which the wizard itself writes into the address bar. */
export const OWN_ADDRESS_KEY = 'authentik-wizard.own-address';

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

/** Remembers that the admin ticked "I trust <host>" for this host. */
export function trustHost(host: string): void {
  const name = host.toLowerCase();
  if (isTrustedHost(name)) return;
  try {
    sessionStorage.setItem(TRUSTED_HOSTS_KEY, JSON.stringify([...trustedHosts(), name]));
  } catch {
    // Storage may be full or disabled: the admin is asked again next time, which is safe.
  }
}

/** Remembers the address this tab connected to, so a reload does not take it for a link's. */
export function rememberOwnAddress(base: string): void {
  try {
    sessionStorage.setItem(OWN_ADDRESS_KEY, base);
  } catch {
    // Without storage a reload asks to confirm the host again, which is safe.
  }
}

function ownAddress(): string | null {
  try {
    return sessionStorage.getItem(OWN_ADDRESS_KEY);
  } catch {
    return null;
  }
}

/**
 * Whether a prefilled address came with a link: any non-empty value, valid or not, in any scheme
 * or spelling, except the very address this tab connected to (written back by the wizard).
 */
export function cameWithLink(prefilled: string | undefined): boolean {
  if (prefilled === undefined || prefilled.trim() === '') return false;
  return prefilled !== ownAddress();
}

/**
 * Whether the token may be sent to `host` (the normalised host it would go to now). A form that
 * started from a link's address sends it only to a host the admin confirmed: in this form
 * (`confirmedHost`, bound to that exact host) or earlier in this tab. Editing the address to
 * another host does not make that host trusted.
 */
export function tokenGate(args: { fromLink: boolean; host: string; confirmedHost: string | null }): 'send' | 'confirm' {
  if (!args.fromLink) return 'send';
  const host = args.host.toLowerCase();
  return args.confirmedHost === host || isTrustedHost(host) ? 'send' : 'confirm';
}
