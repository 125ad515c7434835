/**
 * Icinga Web 2: values copied from https://integrations.goauthentik.io/monitoring/icinga/ (sections
 * "Create an application and provider in authentik" and "Icinga Web 2 configuration") and the
 * RISE-GmbH oidc module source (https://github.com/RISE-GmbH/icingaweb2-module-oidc,
 * application/controllers/AuthenticationController.php `realmAction`: redirect URL =
 * Url::fromPath('oidc/authentication/realm', ['name' => <Name>]) on the request host, scheme forced
 * to https by "Enforce Https on redirect urls"; scopes openid (added by jumbojett) + profile, groups,
 * email; claims read from the userinfo endpoint; library/Oidc/Model/Provider.php for the field labels
 * Name, Url, Secret, Appname, Caption, Custom Username, Groups to sync, Required Groups, Enabled),
 * for the example inputs below. The module also asks for a `groups` scope, which authentik does not
 * know and ignores (groups come with `profile`), so it is not listed. The guide and vendor agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/monitoring/icinga/',
    vendor: 'https://github.com/RISE-GmbH/icingaweb2-module-oidc/blob/main/application/controllers/AuthenticationController.php',
  },
  inputs: { url: 'https://icinga.company/icingaweb2', name: 'authentik' },
  launchUrl: 'https://icinga.company/icingaweb2',
  oidc: {
    redirectUris: [{ url: 'https://icinga.company/icingaweb2/oidc/authentication/realm?name=authentik' }],
    scopes: ['openid', 'profile', 'email'],
    signing: 'any',
    claims: ['preferred_username', 'email', 'groups'],
  },
  appSide: {
    Name: 'authentik',
    Url: 'https://authentik.company/application/o/icinga/',
    Caption: 'Sign in with authentik',
    'Custom Username': 'preferred_username',
    Enabled: 'On',
  },
});
