/**
 * MinIO signs Console users in with OpenID Connect (identity_openid), configured by environment
 * variables or in the Console. The Console calls back to <Console URL>/oauth_callback, verifies the
 * ID token with authentik's keys and grants the MinIO policies named in its `policy` claim, which a
 * custom `minio` scope supplies: without that claim MinIO generates no credentials.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, POLICY_EXPRESSION, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/minio/',
    vendor: 'https://docs.min.io/community/minio-object-store/reference/minio-server/settings/iam/openid.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'MinIO Console URL',
      help: help.url,
      example: 'https://minio.company',
      pages: [
        'browser',
        'login',
        'oauth_callback',
        'buckets',
        'identity',
        'access-keys',
        'policies',
        'users',
        'groups',
        'settings',
        'tools',
        'monitoring',
        'events',
        'tiers',
        'support',
        'account',
        'api',
      ],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/oauth_callback'],
    signingKey: 'any',
    customScopes: [{ name: 'MinIO: policy', scope: 'minio', expression: POLICY_EXPRESSION, description: 'MinIO policies' }],
  },
  screen: [
    {
      title: 'Environment',
      location: 'The MinIO server’s environment (.env or the compose file), then restart MinIO',
      format: 'env',
      fields: [
        { label: 'MINIO_IDENTITY_OPENID_CONFIG_URL', value: '{discovery_url}', help: help.config },
        { label: 'MINIO_IDENTITY_OPENID_CLIENT_ID', value: '{client_id}' },
        { label: 'MINIO_IDENTITY_OPENID_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'MINIO_IDENTITY_OPENID_DISPLAY_NAME', value: 'authentik' },
        { label: 'MINIO_IDENTITY_OPENID_CLAIM_NAME', value: 'policy', help: help.claim },
        { label: 'MINIO_IDENTITY_OPENID_SCOPES', value: 'openid,profile,email,minio', help: help.scopes },
        { label: 'MINIO_BROWSER_REDIRECT_URL', value: '{url}', help: help.browser },
      ],
      notes: [notes.edition, notes.policy],
    },
    {
      title: 'Or in the Console',
      location: 'MinIO Console › Access › OpenID › Add Configuration',
      fields: [
        { label: 'Name', value: 'authentik' },
        { label: 'Config URL', value: '{discovery_url}' },
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client Secret', value: '{client_secret}', secret: true },
        { label: 'Claim Name', value: 'policy' },
        { label: 'Scopes', value: 'openid,profile,email,minio' },
        { label: 'Redirect URI', value: '{redirect_uri}' },
      ],
      notes: [{ tone: 'info', text: 'Click Save and restart MinIO when the Console asks. Environment variables, where set, win over these values.' }],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is the Console’s /oauth_callback', why: why.redirect },
    'signing-key': { why: 'MinIO verifies the ID token with the keys listed in authentik’s discovery document.' },
    'id-token-claims': { why: 'MinIO reads the policy claim from the ID token.' },
    'custom-mappings': { why: why.policy },
  },
  manualTest,
  /**
   * MinIO: values copied from https://integrations.goauthentik.io/infrastructure/minio/ (sections "Create an
   * application and provider in authentik" and "MinIO configuration", tabs "Environment variables" and "Web
   * interface"), from the guide's earlier revision (section "Creating the scope mapping": scope `minio`,
   * expression returning {"policy": "readwrite"}) and from MinIO's
   * https://docs.min.io/community/minio-object-store/reference/minio-server/settings/iam/openid.html
   * ("Config URL", "Claim Name": defaults to `policy`, "Scopes") with
   * https://min.io/docs/minio/linux/administration/identity-access-management/oidc-access-management.html
   * ("MinIO by default looks for a policy claim"; a user with no matching policy gets no access), for the
   * example inputs below.
   * Where they disagree: the current guide sets MINIO_IDENTITY_OPENID_CLAIM_NAME="policy" but no longer
   * creates a mapping that sends that claim, and its scopes are `openid,profile,email`. MinIO refuses to
   * generate credentials without the claim, so the earlier guide's `minio` scope is followed and added to
   * the scopes.
   */
  expected: {
    sources: {
      followed:
        'vendor (and the guide’s earlier revision) for the policy claim: MinIO needs a `policy` claim, which only a custom `minio` scope mapping sends, so `minio` is added to the scopes the current guide lists',
    },
    inputs: { url: 'https://minio.company' },
    launchUrl: 'https://minio.company',
    oidc: {
      redirectUris: ['https://minio.company/oauth_callback'],
      scopes: ['openid', 'profile', 'email', 'minio'],
      signing: 'any',
      claims: ['policy'],
    },
    appSide: {
      MINIO_IDENTITY_OPENID_CONFIG_URL: 'https://authentik.company/application/o/minio/.well-known/openid-configuration',
      MINIO_IDENTITY_OPENID_DISPLAY_NAME: 'authentik',
      MINIO_IDENTITY_OPENID_CLAIM_NAME: 'policy',
      MINIO_IDENTITY_OPENID_SCOPES: 'openid,profile,email,minio',
      'Config URL': 'https://authentik.company/application/o/minio/.well-known/openid-configuration',
      'Redirect URI': 'https://minio.company/oauth_callback',
    },
  },
});
