/**
 * Cisco Secure Firewall Management Center signs users in through SAML single sign-on (System › Users ›
 * Single Sign-On (SSO), provider “Other”). FMC receives the response at <FMC>/saml/acs, identifies
 * itself as <FMC>/saml/metadata, requires the NameID to be an email address, and can map roles from a
 * group member attribute: here `fmc_roles`, filled with the application's entitlements.
 */
import { defineIntegration } from '../../features/wizard/definition/format';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/networking/cisco-fmc/',
    vendor: 'https://www.cisco.com/c/en/us/td/docs/security/secure-firewall/management-center/admin/760/management-center-admin-76/system-users.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'FMC URL',
      help: 'The address of your Management Center web interface. You can paste any FMC page; the wizard keeps only the base address.',
      example: 'https://fmc.company',
      preview: 'ACS URL: {url}/saml/acs',
      pages: ['ui', 'ddd', 'sso', 'saml', 'login.cgi', 'platinum', 'admin', 'api'],
    },
  },
  launchUrl: '{url}/sso/saml/login',
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/saml/acs',
    audience: '{url}/saml/metadata',
    signResponse: true,
    signingKey: 'any',
    nameId: 'email',
    mappings: ['email', 'name'],
    customMappings: [
      {
        name: 'Cisco FMC roles',
        attribute: 'fmc_roles',
        expression: 'return [entitlement.name for entitlement in request.user.app_entitlements(provider.application)]',
      },
    ],
  },
  screen: [
    {
      title: 'Identity Provider (IdP) Settings',
      location: 'gear icon › Users › Single Sign-On (SSO) › enable › Select the SAML provider: Other › Next',
      fields: [
        { label: 'Identity Provider Single Sign-On (SSO) URL', value: '{saml_url}' },
        { label: 'Identity Provider Issuer', value: '{entity_id}' },
        { label: 'X.509 Certificate', value: '{cert_pem}', help: 'The whole PEM, with the BEGIN and END lines.' },
      ],
    },
    {
      title: 'Advanced Configuration (Role Mapping)',
      fields: [
        { label: 'Default User Role', value: 'The role for users no mapping matches (e.g. Security Analyst (Read Only))' },
        { label: 'Group Member Attribute', value: 'fmc_roles' },
        { label: 'Administrator', value: '^FMC-Administrator$', help: 'A regular expression per FMC role, matching the name of an application entitlement in authentik.' },
      ],
      notes: [
        { tone: 'info', text: 'Create the entitlements (e.g. FMC-Administrator) on the application’s Application entitlements tab in authentik and bind users or groups to them. Click Next, then Save.' },
        { tone: 'warning', text: 'FMC needs the NameID to be an email address: every user who signs in needs an email address in authentik.' },
      ],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is FMC’s /saml/acs', why: 'FMC receives the response only at its address followed by /saml/acs.' },
    audience: { why: 'FMC refuses an assertion whose audience is not its entity ID, the address followed by /saml/metadata.' },
    'saml-signing': { title: 'The response is signed', why: 'FMC verifies the signed response against the X.509 certificate it was given.' },
    'custom-mappings': { title: 'The fmc_roles attribute is on the provider', why: 'FMC maps roles from the fmc_roles group member attribute; without it every user gets the Default User Role.' },
    'username-changes': { title: 'Users are matched by email', why: 'FMC names SSO users after the email address in the NameID; a changed address arrives as a new user.' },
  },
  manualTest: {
    steps: ['Open the FMC login page in a private window and choose Single Sign-On (SSO).', 'Sign in at authentik.', 'Also try the tile in the authentik user interface (it opens /sso/saml/login).'],
    success: 'You are in the Management Center as your authentik email address, with the role your entitlement maps to.',
    errors: [
      { message: 'Single Sign-On failed / “Unable to authorize access” on the FMC login page', meaning: 'The issuer, certificate or audience differ from FMC’s settings.', checkId: 'audience' },
      { message: 'Invalid username: the user name must be a valid email address', meaning: 'The NameID is not an email address: the user has none in authentik.' },
      { message: 'You are signed in with the default role only', meaning: 'No entitlement matched a role regular expression, or the fmc_roles mapping is missing.', checkId: 'custom-mappings' },
    ],
  },
  /**
   * Cisco Secure FMC: values copied from https://integrations.goauthentik.io/networking/cisco-fmc/ (sections
   * "Create a role mapping property mapping": fmc_roles from entitlements; "Create an application and
   * provider": launch URL https://fmc.company/sso/saml/login, ACS https://fmc.company/saml/acs, Audience
   * https://fmc.company/saml/metadata, sign responses, NameID Email; "Cisco Secure Firewall Management
   * Center configuration": SSO URL, Issuer, X.509 certificate, Group Member Attribute fmc_roles) and Cisco's
   * FMC 7.6 administration guide, "Configure SAML Single Sign-On" (the same SP values; NameID and SSO
   * usernames must be email addresses), for the input below. They agree.
   */
  expected: {
    sources: {
      authentik: 'https://integrations.goauthentik.io/networking/cisco-fmc/',
      vendor: 'https://www.cisco.com/c/en/us/td/docs/security/secure-firewall/management-center/admin/760/management-center-admin-76/system-users.html',
    },
    inputs: { url: 'https://fmc.company' },
    launchUrl: 'https://fmc.company/sso/saml/login',
    saml: {
      acsUrl: 'https://fmc.company/saml/acs',
      audience: 'https://fmc.company/saml/metadata',
      binding: 'post',
      nameId: 'email',
      attributes: ['fmc_roles'],
      signResponse: true,
    },
    appSide: {
      'Identity Provider Single Sign-On (SSO) URL': 'https://authentik.company/application/saml/cisco-fmc/',
      'Identity Provider Issuer': 'https://authentik.company/application/saml/cisco-fmc/metadata/',
      'Group Member Attribute': 'fmc_roles',
    },
  },
});
