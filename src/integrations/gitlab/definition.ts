/**
 * GitLab (self-managed) signs users in through its OmniAuth OpenID Connect provider, configured in
 * /etc/gitlab/gitlab.rb. GitLab reads the endpoints from authentik's discovery document, calls back
 * to `<external_url>/users/auth/openid_connect/callback` and links accounts by the
 * preferred_username claim.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/gitlab/',
    vendor: 'https://docs.gitlab.com/administration/auth/oidc/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'GitLab URL',
      help: help.url,
      example: 'https://gitlab.company',
      preview: 'Redirect URI: {url}/users/auth/openid_connect/callback',
      httpReason: 'Use the https:// address of GitLab (its external_url): sign-in codes must not travel over plain http.',
      pages: ['users', 'explore', 'admin', 'dashboard', 'help', 'search', '-'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/users/auth/openid_connect/callback' }],
    signingKey: 'any',
    subject: 'user_email',
  },
  screen: [
    {
      title: 'OpenID Connect provider',
      location: '/etc/gitlab/gitlab.rb (Docker: GITLAB_OMNIBUS_CONFIG)',
      format: 'file',
      snippet,
      fields: [
        { label: 'issuer', value: '{issuer}', help: 'Keep the trailing slash: it must equal the issuer of the discovery document.' },
        { label: 'identifier', value: '{client_id}' },
        { label: 'secret', value: '{client_secret}', secret: true },
        { label: 'redirect_uri', value: '{redirect_uri}' },
      ],
      notes: [notes.reconfigure, notes.breakGlass],
    },
  ],
  checks: {
    'provider-assigned': { why: 'Without the link authentik serves no discovery document, and GitLab fails with a 500 at sign-in.' },
    'redirect-uri': { title: 'The redirect URI is GitLab’s OpenID Connect callback', why: why.redirect },
    'grant-types': { why: 'GitLab signs users in with the authorization code flow (with PKCE).' },
    'signing-key': { why: 'GitLab verifies the ID token with the keys authentik publishes (discovery: true).' },
    'encryption-key': {},
    'email-claim': { source: 'userinfo', why: 'GitLab creates or links the account by the email address authentik sends.' },
    discovery: { why: 'With discovery: true GitLab reads every endpoint from the document below the issuer.' },
    'username-changes': { why: 'GitLab links the identity by preferred_username (uid_field), so a renamed user would arrive as someone new.' },
  },
  manualTest,
  /**
   * GitLab (OpenID Connect): values copied from https://integrations.goauthentik.io/development/gitlab/
   * (tab "OIDC", sections "Create an application and provider in authentik" and "GitLab configuration")
   * and https://docs.gitlab.com/administration/auth/oidc/ (section "Use OpenID Connect as an
   * authentication provider", provider configuration and the option list under it), for GitLab at
   * https://gitlab.company. GitLab asks for scope ["openid","profile","email"], sends redirect_uri
   * <your_gitlab_url>/users/auth/openid_connect/callback, and takes uid from uid_field
   * (the guide sets preferred_username; without it GitLab falls back to sub). The guide sets the
   * Subject mode to "Based on the User's Email". The guide and the vendor agree.
   */
  expected: {
    sources: {
      authentik: 'https://integrations.goauthentik.io/development/gitlab/',
      vendor: 'https://docs.gitlab.com/administration/auth/oidc/',
    },
    inputs: { url: 'https://gitlab.company' },
    oidc: {
      redirectUris: [{ url: 'https://gitlab.company/users/auth/openid_connect/callback' }],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      subject: 'user_email',
      claims: ['preferred_username', 'email'],
    },
    appSide: {
      issuer: 'https://authentik.company/application/o/gitlab/',
      redirect_uri: 'https://gitlab.company/users/auth/openid_connect/callback',
    },
  },
});
