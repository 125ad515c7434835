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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/mattermost/',
    vendor: 'https://docs.mattermost.com/administration-guide/onboard/sso-gitlab.html',
  },
  inputs: { url: 'https://mattermost.company' },
  launchUrl: 'https://mattermost.company',
  oidc: {
    redirectUris: [{ url: 'https://mattermost.company/login/gitlab/complete' }, { url: 'https://mattermost.company/signup/gitlab/complete' }],
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
});
