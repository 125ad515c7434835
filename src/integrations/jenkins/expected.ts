/**
 * Jenkins: values copied from https://integrations.goauthentik.io/development/jenkins/ (sections "Create an
 * application and provider" and "Jenkins configuration") and the plugin's documentation
 * https://github.com/jenkinsci/oic-auth-plugin/blob/master/docs/configuration/README.md (login callback
 * `${JENKINS_ROOT_URL}/securityRealm/finishLogin`, logout callback `${JENKINS_ROOT_URL}/OicLogout`, scopes
 * `openid profile email`, user fields preferred_username / name / email / groups), for the example inputs
 * below. They agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/development/jenkins/',
    vendor: 'https://github.com/jenkinsci/oic-auth-plugin/blob/master/docs/configuration/README.md',
  },
  inputs: { url: 'https://jenkins.company' },
  launchUrl: 'https://jenkins.company',
  oidc: {
    redirectUris: [
      { url: 'https://jenkins.company/securityRealm/finishLogin' },
      { url: 'https://jenkins.company/OicLogout', type: 'logout' },
    ],
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
});
