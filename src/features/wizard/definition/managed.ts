/** authentik's managed property mappings, by the short names definitions use. */
export type ScopeName = 'openid' | 'email' | 'profile' | 'offline_access' | 'entitlements' | 'ak_proxy';
export type SamlMappingName = 'username' | 'email' | 'name' | 'groups' | 'upn' | 'uid' | 'ms-windowsaccountname';

export const scopeManagedId = (name: ScopeName) => `goauthentik.io/providers/oauth2/scope-${name}`;
export const samlManagedId = (name: SamlMappingName) => `goauthentik.io/providers/saml/${name}`;
