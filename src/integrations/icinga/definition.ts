/**
 * Icinga Web 2 signs users in through the RISE-GmbH oidc module (jumbojett OpenID Connect client).
 * It calls back to <base path>/oidc/authentication/realm?name=<provider Name>, reads the user from
 * the userinfo endpoint (username from Custom Username, groups from `groups`) and syncs the groups
 * matched by Groups to sync.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/monitoring/icinga/',
    vendor: 'https://github.com/RISE-GmbH/icingaweb2-module-oidc/blob/main/doc/03-Configuration.md',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Icinga Web 2 URL',
      help: help.url,
      example: 'https://icinga.company/icingaweb2',
      preview: 'Icinga Web 2: {url}',
      pages: [
        'dashboard',
        'authentication',
        'oidc',
        'monitoring',
        'icingadb',
        'config',
        'navigation',
        'search',
        'doc',
        'account',
        'preferences',
        'director',
        'x509',
      ],
    },
    name: {
      type: 'slug',
      label: 'Provider Name',
      default: 'authentik',
      help: help.name,
      example: 'authentik',
      preview: 'Callback: …/oidc/authentication/realm?name={name}',
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/oidc/authentication/realm?name={name}'], signingKey: 'any' },
  screen: [
    {
      title: 'New Provider',
      location: 'Oidc › Provider › New Provider',
      fields: [
        { label: 'Name', value: '{name}' },
        { label: 'Url', value: '{issuer}', help: help.url2 },
        { label: 'Secret', value: '{client_secret}', secret: true },
        { label: 'Appname', value: '{client_id}' },
        { label: 'Caption', value: 'Sign in with authentik', help: 'The label of the new button on the login page.' },
        { label: 'Custom Username', value: 'preferred_username' },
        { label: 'Groups to sync', value: 'icinga-*', help: help.groups },
        { label: 'Required Groups', value: '', help: help.required, optional: true },
        { label: 'Enabled', value: 'On', choice: true, help: 'The login button appears only while the provider is enabled.' },
        { label: 'Enforce Https on redirect urls', value: 'On', choice: true, help: help.https },
      ],
      notes: [notes.module, notes.roles],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is the module’s realm callback for this Name', why: why.redirect },
    'username-changes': { why: why.username },
  },
  manualTest,
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
  expected: {
    sources: { vendor: 'https://github.com/RISE-GmbH/icingaweb2-module-oidc/blob/main/application/controllers/AuthenticationController.php' },
    inputs: { url: 'https://icinga.company/icingaweb2', name: 'authentik' },
    launchUrl: 'https://icinga.company/icingaweb2',
    oidc: {
      redirectUris: ['https://icinga.company/icingaweb2/oidc/authentication/realm?name=authentik'],
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
  },
});
