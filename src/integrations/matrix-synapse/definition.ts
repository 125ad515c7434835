/**
 * Matrix Synapse signs users in through an `oidc_providers` entry in homeserver.yaml. It reads
 * authentik's discovery document, calls back to public_baseurl + _synapse/client/oidc/callback and
 * verifies the ID token, which must be signed with an RSA key and not encrypted.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/matrix-synapse/',
    vendor: 'https://element-hq.github.io/synapse/latest/openid.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Synapse public base URL',
      help: help.url,
      example: 'https://matrix.company',
      pages: ['_synapse', '_matrix', '.well-known'],
    },
  },
  // No launch URL: Synapse is a homeserver without a page of its own; users open a Matrix client.
  launchUrl: '',
  provider: { protocol: 'oidc', redirectUris: ['{url}/_synapse/client/oidc/callback'], signingKey: 'rsa' },
  screen: [
    {
      title: 'homeserver.yaml',
      location: 'homeserver.yaml (then restart Synapse)',
      format: 'file',
      snippet,
      fields: [
        { label: 'idp_id', value: 'authentik' },
        { label: 'idp_name', value: 'authentik' },
        { label: 'discover', value: 'true' },
        { label: 'issuer', value: '{issuer}' },
        { label: 'client_id', value: '{client_id}' },
        { label: 'client_secret', value: '{client_secret}', secret: true },
        { label: 'localpart_template', value: '{{ user.preferred_username }}', help: help.localpart },
        { label: 'display_name_template', value: '{{ user.preferred_username|capitalize }}', help: help.displayName },
        { label: 'jwt_config.secret', value: '{client_secret}', secret: true },
        { label: 'jwt_config.algorithm', value: 'RS256' },
      ],
      notes: [notes.baseUrl, notes.backchannel, notes.extras],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Synapse’s /_synapse/client/oidc/callback', why: why.redirect },
    'signing-key': { title: 'ID tokens are signed with an RSA key', why: why.rsa },
    'encryption-key': { why: 'Synapse cannot read an encrypted ID token: the provider must have no encryption key.' },
    'id-token-claims': { why: 'Synapse builds the Matrix user from the ID token’s preferred_username.' },
    'username-changes': {
      why: 'The Matrix user ID is made from the authentik username on the first login; a renamed user would get a new Matrix account.',
    },
    discovery: { why: 'With discover: true Synapse reads every endpoint and key from the issuer’s discovery document.' },
  },
  manualTest,
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
  expected: {
    inputs: { url: 'https://matrix.company' },
    oidc: {
      redirectUris: ['https://matrix.company/_synapse/client/oidc/callback'],
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
  },
});
