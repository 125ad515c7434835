/**
 * Termix: values copied from https://integrations.goauthentik.io/infrastructure/termix/ (sections
 * "Create an application and provider" and "Termix configuration") and Termix's
 * https://docs.termix.site/oidc ("OIDC (OpenID Connect) Setup Guide": redirect URI
 * `https://<your-termix>/users/oidc/callback`; Client ID, Client Secret, Authorization URL, Issuer URL,
 * Token URL in Admin Settings › OIDC), for the example inputs below. The vendor page was not readable
 * here in full; the callback path also appears in public deployment scripts patching authentik for
 * Termix (`https://…/users/oidc/callback`). No disagreement found.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/termix/',
    vendor: 'https://docs.termix.site/oidc',
  },
  inputs: { url: 'https://termix.company' },
  launchUrl: 'https://termix.company',
  oidc: {
    redirectUris: [{ url: 'https://termix.company/users/oidc/callback' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
  },
  appSide: {
    'Authorization URL': 'https://authentik.company/application/o/authorize/',
    'Issuer URL': 'https://authentik.company/application/o/termix/',
    'Token URL': 'https://authentik.company/application/o/token/',
  },
});
