/**
 * Jenkins signs users in through the OpenID Connect Authentication plugin (oic-auth) as its Security
 * Realm. The plugin reads authentik's discovery document, calls back to <Jenkins URL>/securityRealm/
 * finishLogin with PKCE, takes the user from the ID token and userinfo fields, and after a logout at
 * authentik returns to <Jenkins URL>/OicLogout.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/jenkins/',
    vendor: 'https://github.com/jenkinsci/oic-auth-plugin/blob/master/docs/configuration/README.md',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Jenkins URL',
      help: help.url,
      example: 'https://jenkins.company',
      pages: [
        'manage',
        'job',
        'view',
        'user',
        'me',
        'people',
        'asynchPeople',
        'computer',
        'credentials',
        'securityRealm',
        'login',
        'logout',
        'OicLogout',
        'blue',
        'newJob',
        'script',
        'configure',
        'pluginManager',
        'api',
        'static',
        'adjuncts',
        'descriptorByName',
        'restart',
        'safeRestart',
      ],
    },
  },
  provider: { protocol: 'oidc', redirectUris: ['{url}/securityRealm/finishLogin', { url: '{url}/OicLogout', type: 'logout' }], signingKey: 'any' },
  screen: [
    {
      title: 'Security Realm: Login with OpenID Connect',
      location: 'Manage Jenkins › Security › Security Realm',
      fields: [
        { label: 'Client id', value: '{client_id}' },
        { label: 'Client secret', value: '{client_secret}', secret: true },
        { label: 'Configuration mode', value: 'Automatic configuration', choice: true },
        { label: 'Well-known configuration endpoint', value: '{discovery_url}' },
        { label: 'Override scopes', value: 'openid profile email', help: help.scopes },
      ],
      notes: [notes.plugin],
    },
    {
      title: 'Advanced configuration › User fields',
      fields: [
        { label: 'User name field name', value: 'preferred_username' },
        { label: 'Full name field name', value: 'name' },
        { label: 'Email field name', value: 'email' },
        { label: 'Groups field name', value: 'groups' },
      ],
    },
    {
      title: 'Advanced configuration › Logout',
      fields: [
        { label: 'Logout from OpenID Provider', value: 'On', choice: true },
        { label: 'Post logout redirect URL', value: '{url}/OicLogout', help: help.logout },
      ],
    },
    {
      title: 'Properties',
      fields: [
        {
          label: 'Enable Proof Key for Code Exchange (PKCE)',
          value: 'On',
          choice: true,
          help: 'Under Properties, click Add and choose it, then save the security configuration.',
        },
      ],
      notes: [notes.escape, notes.rootUrl],
    },
  ],
  checks: {
    'redirect-uri': { title: 'The redirect URI is Jenkins’ /securityRealm/finishLogin', why: why.redirect },
    'signing-key': { why: 'The plugin verifies the ID token with the keys in authentik’s discovery document.' },
    'id-token-claims': { why: 'The plugin reads preferred_username, name, email and groups from the ID token.' },
    'username-changes': {
      why: 'Jenkins keys users on preferred_username; a renamed authentik user becomes a new Jenkins user without its permissions.',
    },
  },
  manualTest,
  /**
   * Jenkins: values copied from https://integrations.goauthentik.io/development/jenkins/ (sections "Create an
   * application and provider" and "Jenkins configuration") and the plugin's documentation
   * https://github.com/jenkinsci/oic-auth-plugin/blob/master/docs/configuration/README.md (login callback
   * `${JENKINS_ROOT_URL}/securityRealm/finishLogin`, logout callback `${JENKINS_ROOT_URL}/OicLogout`, scopes
   * `openid profile email`, user fields preferred_username / name / email / groups), for the example inputs
   * below. They agree.
   */
  expected: {
    inputs: { url: 'https://jenkins.company' },
    launchUrl: 'https://jenkins.company',
    oidc: {
      redirectUris: ['https://jenkins.company/securityRealm/finishLogin', { url: 'https://jenkins.company/OicLogout', type: 'logout' }],
      scopes: ['openid', 'profile', 'email'],
      signing: 'any',
      claims: ['preferred_username', 'name', 'email', 'groups'],
    },
    appSide: {
      'Configuration mode': 'Automatic configuration',
      'Well-known configuration endpoint': 'https://authentik.company/application/o/jenkins/.well-known/openid-configuration',
      'Override scopes': 'openid profile email',
      'User name field name': 'preferred_username',
      'Full name field name': 'name',
      'Email field name': 'email',
      'Groups field name': 'groups',
      'Post logout redirect URL': 'https://jenkins.company/OicLogout',
    },
  },
});
