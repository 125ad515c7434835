/**
 * AdventureLog: values copied from https://integrations.goauthentik.io/miscellaneous/adventurelog/
 * (sections "Create an application and provider": redirect URI of type Regex
 * `^https://adventurelog.company/accounts/oidc/.*$`; "AdventureLog configuration": Provider OpenID
 * Connect, Provider ID = Client ID, Name authentik, Settings `{"server_url": …}`) and
 * https://adventurelog.app/docs/configuration/social_auth/authentik.html (the same social application
 * fields; django-allauth openid_connect callback `/accounts/oidc/<provider_id>/login/callback/`), for
 * the example inputs below. They agree on the callback shape. Followed: allauth's callback with the
 * Provider ID “authentik” as one Strict URL, not the guide's loose regex (which would also admit other
 * paths under /accounts/oidc/); the Provider ID is any name in allauth.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/miscellaneous/adventurelog/',
    vendor: 'https://adventurelog.app/docs/configuration/social_auth/authentik.html',
    followed: 'allauth (vendor) for the redirect URI: the Provider ID is any name, so it is “authentik” and the callback one Strict URL, not the guide’s regex over /accounts/oidc/ (its Provider ID is the client ID).',
  },
  inputs: { url: 'https://adventurelog.company' },
  launchUrl: 'https://adventurelog.company',
  oidc: {
    redirectUris: [{ url: 'https://adventurelog.company/accounts/oidc/authentik/login/callback/' }],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email', 'preferred_username'],
  },
  appSide: {
    Provider: 'OpenID Connect',
    Name: 'authentik',
    Settings: '{"server_url": "https://authentik.company/application/o/adventurelog/"}',
  },
});
