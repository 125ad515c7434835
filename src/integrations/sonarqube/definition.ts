/**
 * SonarQube Server (Developer Edition and above) signs users in with SP-initiated SAML 2.0. It posts
 * nothing itself: authentik posts the signed response to <SonarQube URL>/oauth2/callback/saml, and
 * SonarQube checks the audience against its Application ID, the issuer against its Provider ID, the
 * signature against the certificate it was given, and reads login, name and email from attributes.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { ATTRIBUTES, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/development/sonar-qube/',
    vendor: 'https://docs.sonarsource.com/sonarqube-server/latest/instance-administration/authentication/saml/overview/',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'SonarQube URL',
      help: help.url,
      example: 'https://sonarqube.company',
      preview: 'ACS URL: {url}/oauth2/callback/saml',
      pages: ['projects', 'project', 'dashboard', 'portfolios', 'issues', 'coding_rules', 'profiles', 'quality_gates', 'component_measures', 'security_hotspots', 'code', 'summary', 'admin', 'account', 'sessions', 'oauth2', 'api', 'web_api', 'saml2'],
    },
  },
  launchUrl: '{url}',
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/oauth2/callback/saml',
    audience: '{url}/saml2/metadata',
    binding: 'post',
    signingKey: 'any',
    nameId: 'username',
    mappings: ['username', 'name', 'email', 'groups'],
  },
  screen: [
    {
      title: 'SAML configuration',
      location: 'Administration › Configuration › Authentication › SAML › Create configuration',
      fields: [
        { label: 'Application ID', value: '{audience}', help: help.appId },
        { label: 'Provider Name', value: 'authentik', help: 'Shown on the login button: “Log in with authentik”.' },
        { label: 'Provider ID', value: '{entity_id}', help: help.providerId },
        { label: 'SAML login url', value: '{sso_url}' },
        { label: 'Identity provider certificate', value: '{cert_pem}', help: help.cert },
        { label: 'SAML user login attribute', value: ATTRIBUTES.login },
        { label: 'SAML user name attribute', value: ATTRIBUTES.name },
        { label: 'SAML user email attribute', value: ATTRIBUTES.email },
        { label: 'SAML group attribute', value: ATTRIBUTES.groups, help: 'Optional: maps authentik groups to existing SonarQube groups of the same name.' },
      ],
      notes: [notes.enable, notes.edition],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is SonarQube’s /oauth2/callback/saml', why: why.acs },
    audience: { why: why.audience },
    'saml-signing': { why: 'SonarQube rejects a response in which neither the response nor the assertion is signed with the Identity provider certificate.' },
    'metadata-entity-id': { title: 'authentik’s issuer equals the Provider ID on the configuration screen', why: 'SonarQube rejects every response whose issuer differs from the Provider ID.' },
    'username-changes': { why: 'SonarQube keys users on the login attribute, the authentik username; a renamed user arrives as someone new.' },
  },
  manualTest,
});
