/**
 * Portainer signs users in through its OAuth authentication with the Custom provider: plain
 * OAuth 2.0 with authentik's authorize, token and userinfo (“Resource URL”) endpoints. It sends
 * its Redirect URL field as the redirect URI and names users by a userinfo claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/portainer/',
    vendor: 'https://docs.portainer.io/admin/settings/authentication/oauth',
  },
  inputs: { url: { type: 'url', label: 'Portainer URL', help: help.url, example: 'https://portainer.company', pages: ['api'] } },
  provider: {
    protocol: 'oidc',
    // The guide's form with the trailing slash (authentik PR #3508); the vendor only asks for the
    // instance URL. What matters is that both sides are the same string.
    redirectUris: ['{url}/'],
    // Portainer reads the userinfo endpoint and verifies no token signature.
    signingKey: 'any',
    signingKeyOptional: true,
  },
  screen: [
    {
      title: 'OAuth Configuration',
      location: 'Settings › Authentication › Authentication method: OAuth › Provider: Custom',
      fields: [
        { label: 'Client ID', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Authorization URL', value: '{authorize_url}' },
        { label: 'Access token URL', value: '{token_url}' },
        { label: 'Resource URL', value: '{userinfo_url}' },
        { label: 'Redirect URL', value: '{redirect_uri}', help: help.redirect },
        { label: 'Logout URL', value: '{end_session_url}' },
        { label: 'User identifier', value: 'preferred_username', help: help.identifier },
        { label: 'Scopes', value: 'openid profile email', help: help.scopes },
        { label: 'Auth Style', value: 'Auto detect', choice: true, help: help.authStyle },
      ],
      notes: [notes.sso, notes.everyone, notes.teams],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no end-session URL for Portainer’s Logout URL.' },
    'redirect-uri': { title: 'The redirect URI is Portainer’s Redirect URL, with its trailing slash', why: why.redirect },
    discovery: { why: 'The Authorization, Access token and Resource URLs must be the ones authentik announces.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the Redirect URL Portainer really sent.' },
    'username-changes': { why: why.username },
  },
  manualTest,
  /**
   * Portainer: values copied from https://integrations.goauthentik.io/hypervisors-orchestrators/portainer/
   * (sections "Create an application and provider" and "Portainer configuration") and
   * https://docs.portainer.io/admin/settings/authentication/oauth (section "Configuring OAuth
   * authentication in Portainer": the Redirect URL is the Portainer instance URL, the User identifier
   * is read from the Resource URL), for the example inputs below. The vendor page gives no trailing
   * slash rule; the guide writes the Redirect URL and the redirect URI as `https://portainer.company/`,
   * and Portainer sends its Redirect URL field unchanged, so both sides carry the slash.
   */
  expected: {
    inputs: { url: 'https://portainer.company' },
    launchUrl: 'https://portainer.company',
    oidc: {
      redirectUris: ['https://portainer.company/'],
      scopes: ['openid', 'profile', 'email'],
      // Portainer reads the Resource URL (userinfo) with the access token; it checks no ID token.
      signing: 'any',
      claims: ['preferred_username'],
    },
    appSide: {
      'Authorization URL': 'https://authentik.company/application/o/authorize/',
      'Access token URL': 'https://authentik.company/application/o/token/',
      'Resource URL': 'https://authentik.company/application/o/userinfo/',
      'Redirect URL': 'https://portainer.company/',
      'Logout URL': 'https://authentik.company/application/o/portainer/end-session/',
      'User identifier': 'preferred_username',
      Scopes: 'openid profile email',
    },
  },
});
