/**
 * Synology DSM signs users in through its SSO Client (Control Panel › Domain/LDAP › SSO Client,
 * OpenID Connect). DSM uses the bare origin it is opened at as the redirect URL, reads the
 * endpoints from the well-known URL, accepts RS256-signed ID tokens only, and signs in the
 * existing DSM account whose name equals the username claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/synology-dsm/',
    vendor: 'https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/file_directory_service_sso?version=7',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'DSM address',
      help: help.url,
      example: 'https://nas.company:5001',
      preview: 'Redirect URL: {url}',
      httpReason:
        'Use the https:// address of DSM: DSM builds the redirect from the https address it is opened at, and sign-in codes must not travel over plain http.',
      // DSM redirects to its origin only: any path (and #/signin) is cut.
      pages: ['**'],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}'], signingKey: 'rsa', subject: 'user_email' },
  screen: [
    {
      title: 'OpenID Connect SSO Service',
      location: 'Control Panel › Domain/LDAP › SSO Client › Enable OpenID Connect SSO service (newer DSM: OpenID Connect SSO Settings)',
      fields: [
        { label: 'Profile', value: 'OIDC', choice: true },
        { label: 'Account type', value: 'Domain/LDAP/local', choice: true, help: 'Where the DSM accounts live that users sign in as.' },
        { label: 'Name', value: 'authentik', help: 'The text of the SSO button on the DSM login page.' },
        { label: 'Well Known URL', value: '{discovery_url}', help: 'Newer DSM: “Well-known URL”.' },
        { label: 'Application ID', value: '{client_id}' },
        { label: 'Application Key', value: '{client_secret}', secret: true, help: 'Newer DSM: “Application secret”.' },
        { label: 'Redirect URL', value: '{redirect_uri}', help: help.redirect },
        { label: 'Authorization Scope', value: 'openid profile email' },
        { label: 'Username Claim', value: 'preferred_username', help: help.claim },
      ],
      notes: [notes.apply, notes.users],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is DSM’s own address', why: why.redirect },
    'signing-key': { title: 'ID tokens are signed with an RSA key (RS256)', why: why.signing },
    'encryption-key': {},
    discovery: { why: 'DSM reads every endpoint from the Well Known URL; it must be served and match.' },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the address DSM really sent.' },
  },
  manualTest,
  /**
   * Synology DSM: values copied from https://integrations.goauthentik.io/infrastructure/synology-dsm/
   * (sections "Create an RSA signing key", "Create an application and provider", "Synology DSM
   * configuration" and "Troubleshooting") for the example inputs below (the guide's placeholder
   * synology.company). The vendor page the guide cites,
   * https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/file_directory_service_sso?version=7
   * (section "OpenID Connect SSO Service"), is not in the stored corpus; its sibling page for the
   * Azure profile (file_directory_service_sso_Azure) gives the same SSO Client form (Application ID,
   * Redirect URI) and a redirect URI of the form "https://your domain:port number", without a
   * path or trailing slash, which agrees with the guide. The OpenID Configuration URL is authentik's
   * discovery URL under the application slug.
   */
  expected: {
    inputs: { url: 'https://synology.company' },
    launchUrl: 'https://synology.company',
    oidc: {
      redirectUris: ['https://synology.company'],
      scopes: ['openid', 'profile', 'email'],
      signing: 'RS256',
      subject: 'user_email',
      claims: ['preferred_username'],
    },
    appSide: {
      Profile: 'OIDC',
      'Account type': 'Domain/LDAP/local',
      Name: 'authentik',
      'Well Known URL': 'https://authentik.company/application/o/synology-dsm/.well-known/openid-configuration',
      'Redirect URL': 'https://synology.company',
      'Authorization Scope': 'openid profile email',
      'Username Claim': 'preferred_username',
    },
  },
});
