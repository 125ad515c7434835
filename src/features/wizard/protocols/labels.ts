/** Protocol names for cards, without loading the protocol modules (the catalog page stays light). */
import type { ProtocolId } from '.';

const BADGES: Record<ProtocolId, string> = { oidc: 'OpenID Connect', saml: 'SAML 2.0', proxy: 'Forward auth' };

export function protocolBadge(id: ProtocolId): string {
  return BADGES[id];
}
