/**
 * OpenObserve: values copied from https://integrations.goauthentik.io/monitoring/openobserve/ (OpenID
 * Connect tab, the default: "Create an application and provider", "Configure Dex", "Configure
 * OpenObserve") and the vendor docs: OpenObserve's
 * https://openobserve.ai/docs/user-guide/account-administration/identity-and-access-management/sso/
 * (O2_DEX_ENABLED, O2_DEX_CLIENT_ID, O2_DEX_CLIENT_SECRET, O2_DEX_BASE_URL, O2_DEX_REDIRECT_URL,
 * O2_CALLBACK_URL) and Dex's https://dexidp.io/docs/connectors/oidc/ (connector redirectURI is Dex's
 * issuer + `/callback`, e.g. `http://127.0.0.1:5556/dex/callback`; insecureSkipEmailVerified,
 * insecureEnableGroups, userNameKey), for the example inputs below.
 * Where they disagree: OpenObserve's docs describe O2_DEX_CLIENT_SECRET as base64-encoded; the guide
 * says OpenObserve sends it verbatim and it must equal the Dex static client's secret. The guide is
 * followed (the wizard leaves the shared secret to the admin). The LDAP tab is not covered.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/openobserve/',
    vendor: 'https://openobserve.ai/docs/user-guide/account-administration/identity-and-access-management/sso/',
    followed: 'The guide on O2_DEX_CLIENT_SECRET (the same string as the Dex static client secret, not base64-encoded as the vendor docs say).',
  },
  inputs: { url: 'https://openobserve.company', dex: 'https://dex.company/dex' },
  launchUrl: 'https://openobserve.company',
  oidc: {
    redirectUris: [{ url: 'https://dex.company/dex/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['email', 'preferred_username', 'groups'],
  },
  appSide: {
    redirectURIs: 'https://openobserve.company/config/redirect',
    issuer: 'https://authentik.company/application/o/openobserve/',
    redirectURI: 'https://dex.company/dex/callback',
    insecureEnableGroups: 'true',
    insecureSkipEmailVerified: 'true',
    userNameKey: 'preferred_username',
    O2_DEX_ENABLED: 'true',
    O2_DEX_CLIENT_ID: 'openobserve',
    O2_DEX_BASE_URL: 'https://dex.company/dex',
    O2_DEX_REDIRECT_URL: 'https://openobserve.company/config/redirect',
    O2_CALLBACK_URL: 'https://openobserve.company/web/cb',
  },
});
