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
      pages: [
        'projects',
        'project',
        'dashboard',
        'portfolios',
        'issues',
        'coding_rules',
        'profiles',
        'quality_gates',
        'component_measures',
        'security_hotspots',
        'code',
        'summary',
        'admin',
        'account',
        'sessions',
        'oauth2',
        'api',
        'web_api',
        'saml2',
      ],
    },
  },
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
        {
          label: 'SAML group attribute',
          value: ATTRIBUTES.groups,
          help: 'Optional: maps authentik groups to existing SonarQube groups of the same name.',
        },
      ],
      notes: [notes.enable, notes.edition],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is SonarQube’s /oauth2/callback/saml', why: why.acs },
    audience: { why: why.audience },
    'saml-signing': {
      why: 'SonarQube rejects a response in which neither the response nor the assertion is signed with the Identity provider certificate.',
    },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the Provider ID on the configuration screen',
      why: 'SonarQube rejects every response whose issuer differs from the Provider ID.',
    },
    'username-changes': { why: 'SonarQube keys users on the login attribute, the authentik username; a renamed user arrives as someone new.' },
  },
  manualTest,
  /**
   * SonarQube: values copied from https://integrations.goauthentik.io/development/sonar-qube/ (sections
   * "Terraform provider" and "SonarQube") and SonarSource's
   * https://docs.sonarsource.com/sonarqube-server/latest/instance-administration/authentication/saml/overview/
   * (section "Settings": Application ID, Provider ID, SAML login URL, Identity provider certificate, login /
   * name / email / group attributes; ACS URL `<SonarQube Server base URL>/oauth2/callback/saml`, HTTP POST),
   * for the example inputs below.
   * Where they disagree: the guide's Terraform sets the issuer to `https://authentik.company/` and types the
   * same value into Provider ID. The vendor only needs Provider ID to equal the issuer the IdP sends; authentik
   * (and its other guides) use the metadata URL as entity ID, so the metadata URL is expected in Provider ID.
   */
  expected: {
    sources: {
      followed:
        'vendor for Provider ID: it must equal the issuer authentik sends, which is the metadata URL rather than the guide’s custom issuer https://authentik.company/; ACS URL, audience and attributes are the guide’s',
    },
    inputs: { url: 'https://sonarqube.company' },
    launchUrl: 'https://sonarqube.company',
    saml: {
      acsUrl: 'https://sonarqube.company/oauth2/callback/saml',
      audience: 'https://sonarqube.company/saml2/metadata',
      binding: 'post',
      attributes: [
        'http://schemas.goauthentik.io/2021/02/saml/username',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
        'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      ],
      keyType: 'any',
    },
    appSide: {
      'Application ID': 'https://sonarqube.company/saml2/metadata',
      'Provider Name': 'authentik',
      'Provider ID': 'https://authentik.company/application/saml/sonarqube/metadata/',
      'SAML login url': 'https://authentik.company/application/saml/sonarqube/sso/binding/redirect/',
      'SAML user login attribute': 'http://schemas.goauthentik.io/2021/02/saml/username',
      'SAML user name attribute': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
      'SAML user email attribute': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    },
  },
});
