/**
 * pgAdmin (server mode) signs users in with its OAuth2 authentication source, configured in
 * config_local.py or PGADMIN_CONFIG_* environment variables. It calls back to <pgAdmin URL>/oauth2/
 * authorize and takes the username from the email address in authentik's userinfo answer.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { configLocal, envConfig, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/pgadmin/',
    vendor: 'https://www.pgadmin.org/docs/pgadmin4/latest/oauth2.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'pgAdmin URL',
      help: help.url,
      example: 'https://pgadmin.company',
      pages: [
        'browser',
        'login',
        'logout',
        'oauth2',
        'authenticate',
        'kerberos',
        'mfa',
        'misc',
        'preferences',
        'settings',
        'user_management',
        'tools',
        'sqleditor',
        'dashboard',
        'static',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oauth2/authorize'], signingKey: 'any' },
  screen: [
    {
      title: 'config_local.py',
      location: '/pgadmin4/config_local.py (then restart pgAdmin)',
      format: 'file',
      snippet: configLocal,
      fields: [
        { label: 'OAUTH2_NAME', value: 'authentik' },
        { label: 'OAUTH2_DISPLAY_NAME', value: 'authentik' },
        { label: 'OAUTH2_CLIENT_ID', value: '{client_id}' },
        { label: 'OAUTH2_CLIENT_SECRET', value: '{client_secret}', secret: true },
        { label: 'OAUTH2_TOKEN_URL', value: '{token_url}' },
        { label: 'OAUTH2_AUTHORIZATION_URL', value: '{authorize_url}' },
        { label: 'OAUTH2_API_BASE_URL', value: '{ak}/application/o/', help: help.apiBase },
        { label: 'OAUTH2_USERINFO_ENDPOINT', value: '{userinfo_url}', help: help.userinfo },
        { label: 'OAUTH2_SERVER_METADATA_URL', value: '{discovery_url}' },
        { label: 'OAUTH2_SCOPE', value: 'openid email profile' },
      ],
      notes: [notes.container, notes.internal],
    },
    {
      title: 'Or as container environment variables',
      location: 'The pgAdmin container’s environment (.env), then restart the container',
      format: 'file',
      snippet: envConfig,
      fields: [{ label: 'PGADMIN_CONFIG_AUTHENTICATION_SOURCES', value: "['oauth2', 'internal']" }],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is pgAdmin’s /oauth2/authorize', why: why.redirect },
    'email-claim': { source: 'userinfo', why: why.email },
  },
  manualTest,
  /**
   * pgAdmin: values copied from https://integrations.goauthentik.io/infrastructure/pgadmin/ (sections "Create an
   * application and provider", "Configure with config_local.py" and "Configure with environment variables")
   * and pgAdmin's https://www.pgadmin.org/docs/pgadmin4/latest/oauth2.html ("Enabling OAUTH2 and OIDC
   * Authentication": OAUTH2_TOKEN_URL, OAUTH2_AUTHORIZATION_URL, OAUTH2_API_BASE_URL,
   * OAUTH2_USERINFO_ENDPOINT, OAUTH2_SERVER_METADATA_URL, OAUTH2_SCOPE) with its source
   * (github.com/pgadmin-org/pgadmin4, web/pgadmin/authenticate/oauth2.py: the blueprint `oauth2` serves
   * `/authorize`, used as redirect_uri via url_for(..., _external=True); the profile is read from
   * OAUTH2_USERINFO_ENDPOINT and the username is its `email`), for the example inputs below.
   * Where they disagree: the guide sets only OAUTH2_SERVER_METADATA_URL; the vendor documents the endpoint
   * keys, and pgAdmin releases whose oauth2.py reads OAUTH2_USERINFO_ENDPOINT unconditionally fail without
   * it. The vendor's full key set is followed (it works on old and new releases).
   */
  expected: {
    sources: {
      followed:
        'vendor for the endpoint keys: older pgAdmin reads OAUTH2_USERINFO_ENDPOINT even when OAUTH2_SERVER_METADATA_URL is set, so the guide’s metadata-only block fails there',
    },
    inputs: { url: 'https://pgadmin.company' },
    launchUrl: 'https://pgadmin.company',
    oidc: { redirectUris: ['https://pgadmin.company/oauth2/authorize'], scopes: ['openid', 'email', 'profile'], signing: 'any', claims: ['email'] },
    appSide: {
      OAUTH2_NAME: 'authentik',
      OAUTH2_DISPLAY_NAME: 'authentik',
      OAUTH2_TOKEN_URL: 'https://authentik.company/application/o/token/',
      OAUTH2_AUTHORIZATION_URL: 'https://authentik.company/application/o/authorize/',
      OAUTH2_USERINFO_ENDPOINT: 'https://authentik.company/application/o/userinfo/',
      OAUTH2_SERVER_METADATA_URL: 'https://authentik.company/application/o/pgadmin/.well-known/openid-configuration',
      OAUTH2_SCOPE: 'openid email profile',
      PGADMIN_CONFIG_AUTHENTICATION_SOURCES: "['oauth2', 'internal']",
    },
  },
});
