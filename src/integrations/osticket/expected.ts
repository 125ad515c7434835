/**
 * osTicket: values copied from https://integrations.goauthentik.io/infrastructure/osticket/
 * (sections "Create an application and provider" and "osTicket configuration") and from the vendor:
 * https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html ("Setting Up The Plugin") with the
 * OAuth2 plugin source (github.com/osTicket/osTicket-plugins, auth-oauth2/auth.php `callback_url()` =
 * base URL + `api/auth/oauth2`; auth-oauth2/config.php field labels and attribute defaults), for the
 * example inputs below.
 * Where they disagree: the plugin's config form labels the callback field "Callback Endpoint" (hint
 * "Redirect Uri"); the guide calls it "Redirect URI". Same value, the guide's label is kept.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/osticket/',
    vendor: 'https://docs.osticket.com/en/latest/Guides/OAuth2%20Guide.html',
  },
  inputs: { url: 'https://helpdesk.company' },
  oidc: {
    redirectUris: [{ url: 'https://helpdesk.company/api/auth/oauth2' }],
    scopes: ['openid', 'email', 'profile'],
    // The plugin (league/oauth2-client GenericProvider) reads the userinfo endpoint and never verifies an ID token.
    signing: 'any',
    subject: 'user_email',
    claims: ['email', 'name'],
  },
  appSide: {
    'Config › Settings › Name': 'authentik',
    'Authentication Label': 'authentik',
    'Redirect URI': 'https://helpdesk.company/api/auth/oauth2',
    'Authorization Endpoint': 'https://authentik.company/application/o/authorize/',
    'Token Endpoint': 'https://authentik.company/application/o/token/',
    'Resource Details Endpoint': 'https://authentik.company/application/o/userinfo/',
    Scopes: 'openid email profile',
    'Given Name': 'name',
    Surname: '',
    'Authentication Backend': 'Use any available backend',
  },
});
