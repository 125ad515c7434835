/**
 * Mattermost Team Edition signs users in through its GitLab OAuth settings pointed at authentik.
 * It sends no scope (authentik then grants every scope the provider has), calls back to
 * <SiteURL>/signup/gitlab/complete (older releases also /login/gitlab/complete) and reads a
 * GitLab-shaped user from the userinfo endpoint: a numeric `id` and an `email`, which only the
 * custom `read_user` scope mapping provides.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { READ_USER, help, manualTest, notes, snippet, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/mattermost/',
    vendor: 'https://docs.mattermost.com/administration-guide/onboard/sso-gitlab.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Mattermost Site URL',
      help: help.url,
      example: 'https://mattermost.company',
      preview: 'Redirect URIs: {url}/login/gitlab/complete and {url}/signup/gitlab/complete',
      pages: ['login', 'signup', 'admin_console', 'select_team', 'api', 'oauth', 'plugins', 'static', 'reset_password', 'error', 'landing', 'create_team'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'oidc',
    redirectUris: [{ url: '{url}/signup/gitlab/complete' }, { url: '{url}/login/gitlab/complete' }],
    // Mattermost never reads an ID token on the GitLab path (GetUserFromIdToken returns nothing).
    signingKey: 'any',
    signingKeyOptional: true,
    scopes: ['openid'],
    customScopes: [READ_USER],
  },
  screen: [
    {
      title: 'config.json',
      location: 'config/config.json (e.g. /opt/mattermost/config/config.json), "GitLabSettings"; then restart Mattermost',
      format: 'file',
      snippet,
      fields: [
        { label: 'Enable', value: 'true' },
        { label: 'Secret', value: '{client_secret}', secret: true },
        { label: 'Id', value: '{client_id}' },
        { label: 'Scope', value: '', help: help.scope },
        { label: 'AuthEndpoint', value: '{authorize_url}' },
        { label: 'TokenEndpoint', value: '{token_url}' },
        { label: 'UserAPIEndpoint', value: '{userinfo_url}' },
        { label: 'ButtonText', value: 'Log in with authentik' },
      ],
      notes: [notes.siteUrl, notes.env, notes.signup],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URIs are Mattermost’s GitLab callbacks', why: why.redirect },
    'custom-mappings': { why: why.readUser },
    'redirect-errors': { why: 'When a login hits “Redirect URI Error”, authentik records the callback Mattermost really sent, e.g. one built from an empty Site URL.' },
  },
  manualTest,
});
