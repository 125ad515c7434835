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
  launchUrl: '{url}',
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
        { label: 'Enable SAML Integration', value: 'On' },
        { label: 'SAML Login URL', value: '{sso_url}' },
        { label: 'SAML Logout URL', value: '{slo_url}' },
        { label: 'SAML Service Provider Name', value: '{audience}', help: help.spName },
        { label: 'Identity Provider Entity ID (Issuer)', value: '{entity_id}', help: help.issuer, optional: true },
        { label: 'SAML Certificate', value: '{cert_pem}', help: help.cert },
        { label: 'Auto Create Artifactory Users', value: 'On' },
        { label: 'Email Attribute', value: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
        { label: 'Verify Audience Restriction', value: 'On' },
        { label: 'Auto Associate Groups', value: 'On', help: help.groups, optional: true },
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
});
