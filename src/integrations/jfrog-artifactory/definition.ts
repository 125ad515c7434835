/**
 * JFrog Artifactory (the JFrog Platform) signs users in through a SAML SSO configuration. Its ACS URL
 * ends with the configuration's Display Name; its SP entity ID is the "SAML Service Provider Name"; the
 * NameID becomes the username and the email and groups come from attributes.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/infrastructure/jfrog-artifactory/',
    vendor: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/saml-sso-configuration',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'JFrog Platform URL',
      help: help.url,
      example: 'https://jfrog.company',
      preview: 'JFrog: {url}',
      pages: ['ui', 'artifactory', 'access', 'xray', 'distribution', 'mc', 'router', 'pipelines'],
    },
    name: {
      type: 'slug',
      label: 'Display Name',
      default: 'authentik',
      help: help.name,
      example: 'authentik',
      preview: 'ACS URL: …/ui/api/v1/auth/saml/loginResponse/{name}',
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/ui/api/v1/auth/saml/loginResponse/{name}',
    audience: '{url}',
    binding: 'post',
    signAssertion: true,
    signResponse: true,
    signingKey: 'rsa',
    nameId: 'username',
    mappings: ['email', 'name', 'groups'],
  },
  screen: [
    {
      title: 'General Settings (self-hosted)',
      location: 'Administration › General Management › Settings',
      fields: [{ label: 'Custom URL Base', value: '{url}', help: help.base, optional: true }],
    },
    {
      title: 'SAML SSO',
      location: 'Administration › Authentication › SAML SSO › Add Settings',
      fields: [
        { label: 'Display Name', value: '{name}', help: help.name },
        { label: 'Enable SAML Integration', value: 'On', choice: true },
        { label: 'SAML Login URL', value: '{sso_url}' },
        { label: 'SAML Logout URL', value: '{slo_url}' },
        { label: 'SAML Service Provider Name', value: '{audience}', help: help.spName },
        { label: 'Identity Provider Entity ID (Issuer)', value: '{entity_id}', help: help.issuer, optional: true },
        { label: 'SAML Certificate', value: '{cert_pem}', help: help.cert },
        { label: 'Auto Create Artifactory Users', value: 'On', choice: true },
        { label: 'Email Attribute', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
        { label: 'Verify Audience Restriction', value: 'On', choice: true },
        { label: 'Auto Associate Groups', value: 'On', choice: true, help: help.groups, optional: true },
        { label: 'Group Attribute', value: 'http://schemas.xmlsoap.org/claims/Group', optional: true },
      ],
      notes: [notes.license, notes.enable],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL ends with the Display Name', why: why.acs },
    audience: { why: why.audience },
    'saml-signing': { title: 'Responses and assertions are signed', why: why.signing },
    'username-changes': { why: 'JFrog takes the username from the NameID (the authentik username); a renamed user arrives as a new JFrog user.' },
  },
  manualTest,
  /**
   * JFrog Artifactory: values copied from https://integrations.goauthentik.io/infrastructure/jfrog-artifactory/
   * (sections "Create an application and provider" and "JFrog Artifactory configuration") and from the
   * vendor: https://jfrog.com/help/r/jfrog-platform-administration-documentation/saml-sso-configuration
   * (Display Name "should be used to configure the Single Sign-On URL on the Identity provider"; "Provide
   * the service provider name (Platform name in SAML federation)"; the public key "can use either the DSA
   * or RSA algorithms"), "SAML Profiles and Bindings" (HTTP-POST response; SP entityID "Must match SAML
   * Service Provider Name"; WantAssertionsSigned="true") and "SAML SSO Configuration with Okta" (Audience
   * URI (SP Entity ID) https://${ARTIFACTORY_URL}; 7.x ACS .../ui/api/v1/auth/saml/loginResponse), for the
   * example inputs below.
   * Where they disagree: (1) the guide does not mention "SAML Service Provider Name", which JFrog compares
   * with the Audience; the vendor's field is added with the guide's Audience value. (2) The Okta page's ACS
   * URL has no Display Name segment (single-configuration releases); the guide's …/loginResponse/<Display
   * Name> matches the vendor's current configuration page and is followed.
   */
  expected: {
    sources: {
      followed:
        'vendor for the SAML Service Provider Name (= Audience), which the guide omits; guide for the ACS URL with the Display Name segment (the vendor’s current multi-configuration form)',
    },
    inputs: { url: 'https://jfrog.company', name: 'authentik' },
    launchUrl: 'https://jfrog.company',
    saml: {
      acsUrl: 'https://jfrog.company/ui/api/v1/auth/saml/loginResponse/authentik',
      audience: 'https://jfrog.company',
      binding: 'post',
      nameId: 'username',
      attributes: ['http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress'],
      signAssertion: true,
      signResponse: true,
      keyType: 'rsa',
    },
    appSide: {
      'Custom URL Base': 'https://jfrog.company',
      'Display Name': 'authentik',
      'SAML Service Provider Name': 'https://jfrog.company',
      'Identity Provider Entity ID (Issuer)': 'https://authentik.company/application/saml/jfrog-artifactory/metadata/',
      'Email Attribute': 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
      'Group Attribute': 'http://schemas.xmlsoap.org/claims/Group',
    },
  },
});
