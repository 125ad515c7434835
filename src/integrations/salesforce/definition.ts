/**
 * Salesforce signs users in through a SAML Single Sign-On configuration on the org's My Domain. It
 * takes the response at its login URL with the Organization ID (`?so=<org id>`), checks that the
 * audience is the configuration's Entity ID (the My Domain URL), and finds the user whose Federation
 * ID equals the NameID, here the authentik email address.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/salesforce/',
    vendor: 'https://help.salesforce.com/s/articleView?id=sf.sso_saml.htm&type=5',
  },
  inputs: {
    domain: {
      type: 'subdomain',
      domain: 'my.salesforce.com',
      where: 'your My Domain URL (the part before .my.salesforce.com)',
      label: 'My Domain name',
      help: help.domain,
      example: 'company',
      preview: 'Entity ID: https://{domain}.my.salesforce.com',
    },
    org: {
      type: 'text',
      label: 'Organization ID',
      help: help.org,
      example: '00D5g000004XyZa',
      pattern: '^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$',
      message: help.orgRule,
      preview: 'ACS URL: …my.salesforce.com?so={org}',
    },
  },
  launchUrl: 'https://{domain}.my.salesforce.com',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{domain}.my.salesforce.com?so={org}',
    audience: 'https://{domain}.my.salesforce.com',
    signingKey: 'any',
    nameId: 'email',
    mappings: [],
  },
  screen: [
    {
      title: 'SAML Single Sign-On Settings',
      location: 'Setup › Identity › Single Sign-On Settings › SAML Single Sign-On Settings › New',
      fields: [
        { label: 'Name', value: 'authentik', help: 'Shown on the My Domain login button; any name works.' },
        { label: 'Issuer', value: '{entity_id}' },
        { label: 'Entity ID', value: 'https://{domain}.my.salesforce.com', help: 'Must equal the provider’s Audience.' },
        { label: 'Identity Provider Certificate', value: '{cert_pem}', help: help.certificate },
        { label: 'Request Signature Method', value: 'RSA-SHA256', choice: true },
        { label: 'SAML Identity Type', value: 'Assertion contains the Federation ID from the User object', choice: true, help: help.federation },
        { label: 'SAML Identity Location', value: 'Identity is in the NameIdentifier element of the Subject statement', choice: true },
        { label: 'Service Provider Initiated Request Binding', value: 'HTTP POST', choice: true },
        { label: 'Identity Provider Login URL', value: '{saml_url}' },
        { label: 'Identity Provider Single Logout URL', value: '{saml_logout_url}' },
        { label: 'Single Logout Request Binding', value: 'HTTP Redirect', choice: true },
      ],
      notes: [notes.enable, notes.federation, notes.jit],
    },
    {
      title: 'My Domain login page',
      location: 'Setup › My Domain › Authentication Configuration › Edit',
      fields: [{ label: 'Authentication Service', value: 'authentik' }],
      notes: [notes.myDomain],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is your My Domain login URL with ?so=<Organization ID>',
      why: 'Salesforce refuses a response sent elsewhere: “Recipient Mismatched”.',
    },
    audience: { why: 'Salesforce refuses an assertion not addressed to the configuration’s Entity ID: “Audience Invalid”.' },
    'sp-binding': { why: 'Salesforce’s login URL takes the SAML response as a form post.' },
    'saml-signing': { why: 'Salesforce only accepts responses signed with the Identity Provider Certificate it was given: “Signature Invalid”.' },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the Issuer on the configuration screen',
      why: 'Salesforce refuses a response whose issuer differs from the Issuer it was given: “Issuer Mismatched”.',
    },
    'certificate-expiry': {
      why: 'An expired signing certificate fails every Salesforce login, and a renewed one must be uploaded to Salesforce again.',
    },
    'relay-state': { why: 'Salesforce reads the relay state as the page to open after login; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Salesforce: values copied from https://integrations.goauthentik.io/platforms/salesforce/ (sections
   * "Create an application and provider in authentik" — ACS URL https://company.my.salesforce.com?so=00DXXXXXXXXXXXXXXX,
   * Audience https://company.my.salesforce.com, NameID authentik default SAML Mapping: Email — and "Create a
   * new SAML Single Sign-On configuration": Name authentik, Issuer …/application/saml/<application_slug>/metadata/,
   * Entity ID https://company.my.salesforce.com, Request Signature Method RSA-SHA256, SAML Identity Type
   * Federation ID, SAML Identity Location NameIdentifier, Service Provider Initiated Request Binding HTTP POST,
   * Identity Provider Single Logout URL …/application/saml/<application_slug>/, Single Logout Request Binding HTTP
   * Redirect) and Salesforce's https://help.salesforce.com/s/articleView?id=sf.sso_saml.htm&type=5 with
   * "Step 2: Create a SAML Single Sign-On Setting in Salesforce" (xcloud.sso_service_provider_configuration:
   * SAML Enabled, New, the same field names) and "View and Edit Single Sign-On Settings" (the login URL Salesforce
   * generates), for the guide's example My Domain "company" and its literal Organization ID placeholder.
   * Where they disagree: the guide also creates five JIT property mappings (one with a per-org Profile ID
   * literal) and an SLS URL; SSO works without them (Federation ID mapping), so they are left out and the
   * configuration screen says so.
   */
  expected: {
    sources: { followed: 'guide for every SSO value; its optional Just-in-Time mappings (per-org Profile ID) and SLS settings are not created' },
    inputs: { domain: 'company', org: '00DXXXXXXXXXXXXXXX' },
    launchUrl: 'https://company.my.salesforce.com',
    saml: {
      acsUrl: 'https://company.my.salesforce.com?so=00DXXXXXXXXXXXXXXX',
      audience: 'https://company.my.salesforce.com',
      binding: 'post',
      nameId: 'email',
    },
    appSide: {
      Name: 'authentik',
      Issuer: 'https://authentik.company/application/saml/salesforce/metadata/',
      'Entity ID': 'https://company.my.salesforce.com',
      'Request Signature Method': 'RSA-SHA256',
      'SAML Identity Type': 'Assertion contains the Federation ID from the User object',
      'SAML Identity Location': 'Identity is in the NameIdentifier element of the Subject statement',
      'Service Provider Initiated Request Binding': 'HTTP POST',
      'Identity Provider Login URL': 'https://authentik.company/application/saml/salesforce/',
      'Identity Provider Single Logout URL': 'https://authentik.company/application/saml/salesforce/',
      'Single Logout Request Binding': 'HTTP Redirect',
    },
  },
});
