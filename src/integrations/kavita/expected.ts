/**
 * Kavita: values copied from https://integrations.goauthentik.io/media/kavita/ (sections "Create an
 * application and provider in authentik": redirect URIs `https://kavita.company/signin-oidc`
 * (Authorization) and `https://kavita.company/signout-callback-oidc` (Post Logout); "Kavita
 * configuration": Authority, Client Id, Secret, Provision Accounts on, Require Verified Emails off) and
 * Kavita's https://wiki.kavitareader.com/guides/admin-settings/open-id-connect/ (the page the guide cites;
 * /signin-oidc and /signout-callback-oidc are the ASP.NET Core OpenID Connect handler's default
 * callback paths), for the example inputs below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/media/kavita/',
    vendor: 'https://wiki.kavitareader.com/guides/admin-settings/open-id-connect/',
  },
  inputs: { url: 'https://kavita.company' },
  launchUrl: 'https://kavita.company',
  oidc: {
    redirectUris: [
      { url: 'https://kavita.company/signin-oidc' },
      { url: 'https://kavita.company/signout-callback-oidc', type: 'logout' },
    ],
    scopes: ['openid', 'email', 'profile'],
    signing: 'any',
    claims: ['email'],
  },
  appSide: {
    Authority: 'https://authentik.company/application/o/kavita/',
    'Provision Accounts': 'On',
    'Require Verified Emails': 'Off',
  },
});
