/**
 * True for a value that carries a user name or password in a URL ("https://admin:pw@host/"),
 * also while it is still being typed ("https://admin:pw", "https://admin:pw@") and without a
 * scheme ("admin:pw@host"). Such a value is never written to the address bar or a share link.
 */
export function carriesCredentials(value: string): boolean {
  const text = value.trim();
  const authority = /^[a-z][a-z0-9+.-]*:[/\\]{2}([^/\\?#]*)/i.exec(text)?.[1];
  if (authority !== undefined) {
    if (authority.includes('@')) return true;
    // "host:port" has digits after its colon; anything else is a password being typed.
    const colon = authority.startsWith('[') ? authority.indexOf(':', authority.indexOf(']')) : authority.indexOf(':');
    return colon !== -1 && !/^\d*$/.test(authority.slice(colon + 1));
  }
  return /^[^\s/\\?#@:]+:[^\s/\\?#@]*@/.test(text);
}
