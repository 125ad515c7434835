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
      pages: [
        'login',
        'signup',
        'admin_console',
        'select_team',
        'api',
        'oauth',
        'plugins',
        'static',
        'reset_password',
        'error',
        'landing',
        'create_team',
      ],
    },
  },
  provider: {
    protocol: 'oidc',
    redirectUris: ['{url}/signup/gitlab/complete', '{url}/login/gitlab/complete'],
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
    'redirect-errors': {
      why: 'When a login hits “Redirect URI Error”, authentik records the callback Mattermost really sent, e.g. one built from an empty Site URL.',
    },
  },
  manualTest,
  /**
   * Mattermost: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/mattermost/
   * (default tab "Team Edition": sections "Create a property mapping", "Create an application and provider"
   * and "Mattermost configuration") and from the vendor: https://docs.mattermost.com/administration-guide/onboard/sso-gitlab.html
   * (redirect URIs `<site>/login/gitlab/complete` and `<site>/signup/gitlab/complete`) with Mattermost's source
   * (github.com/mattermost/mattermost, server/channels/app/oauth.go: redirect_uri = SiteURL + "/signup/" +
   * service + "/complete", `scope` only sent when not empty; server/channels/app/oauthproviders/gitlab/gitlab.go:
   * GitLabUser {id int64, username, login, email, name}, "user id can't be 0", "user e-mail should not be
   * empty"; no ID token is read), for the example inputs below. With no scope in the request, authentik
   * grants every scope of the provider (providers/oauth2/views/authorize.py check_scope).
   * Where they disagree: nowhere on values. The guide's mapping name `mattermost-read-user` is kept as the
   * scope `read_user`; its wizard name differs (names are free). The guide's "ensure openid and
   * mattermost-read-user are selected" is followed literally: the provider offers openid and read_user.
   */
  expected: {
    inputs: { url: 'https://mattermost.company' },
    launchUrl: 'https://mattermost.company',
    oidc: {
      redirectUris: ['https://mattermost.company/login/gitlab/complete', 'https://mattermost.company/signup/gitlab/complete'],
      // Mattermost requests none; authentik then grants all the provider has, which must include these.
      scopes: ['openid', 'read_user'],
      signing: 'any',
      claims: ['id', 'username', 'login', 'email', 'name'],
    },
    appSide: {
      Enable: 'true',
      Scope: '',
      AuthEndpoint: 'https://authentik.company/application/o/authorize/',
      TokenEndpoint: 'https://authentik.company/application/o/token/',
      UserAPIEndpoint: 'https://authentik.company/application/o/userinfo/',
      ButtonText: 'Log in with authentik',
    },
  },
});
