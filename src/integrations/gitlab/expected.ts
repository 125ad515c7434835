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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
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
});
