/**
 * Matrix Synapse: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/matrix-synapse/
 * (sections "Create an application and provider" and "Matrix Synapse configuration") and Synapse's
 * https://element-hq.github.io/synapse/latest/openid.html (section "Authentik": redirect URI
 * `[synapse public baseurl]/_synapse/client/oidc/callback`, scopes OpenID, Email and Profile, "RSA keys
 * must be used for signing for Authentik, ECC keys do not work", "must not use an encryption key", and
 * the same oidc_providers and jwt_config blocks; section "Keycloak" for the back-channel logout URL
 * `[synapse public baseurl]/_synapse/client/oidc/backchannel_logout`), for the example inputs below.
 * They agree. The guide's optional back-channel Logout URI and Logout Method are provider settings the
 * wizard cannot set yet, so backchannel_logout_enabled is left to a note rather than this block.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/matrix-synapse/',
    vendor: 'https://element-hq.github.io/synapse/latest/openid.html',
  },
  inputs: { url: 'https://matrix.company' },
  oidc: {
    redirectUris: [{ url: 'https://matrix.company/_synapse/client/oidc/callback' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'RS256',
    claims: ['sub', 'preferred_username'],
  },
  appSide: {
    idp_id: 'authentik',
    idp_name: 'authentik',
    discover: 'true',
    issuer: 'https://authentik.company/application/o/matrix-synapse/',
    localpart_template: '{{ user.preferred_username }}',
    display_name_template: '{{ user.preferred_username|capitalize }}',
    'jwt_config.algorithm': 'RS256',
  },
});
