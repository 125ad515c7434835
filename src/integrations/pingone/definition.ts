/**
 * PingOne (the guide's default tab, SAML) delegates sign-in to authentik as an external identity
 * provider. It receives the response at https://auth.pingone.<region>/<environment ID>/saml20/sp/acs,
 * checks that the audience is its PingOne (SP) Entity ID, imports authentik's endpoints and
 * certificate from the metadata URL, and maps the SAML subject to the PingOne username.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { REGIONS, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/pingone/',
    vendor: 'https://docs.pingidentity.com/pingone/integrations/p1_add_identity_provider_saml.html',
  },
  inputs: {
    region: {
      type: 'enum',
      label: 'Region',
      help: help.region,
      example: 'com',
      options: REGIONS,
      default: 'com',
      preview: 'PingOne: https://auth.pingone.{region}',
    },
    env: {
      type: 'text',
      label: 'Environment ID',
      help: help.env,
      example: '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
      ignoreCase: true,
      message: help.envRule,
      preview: 'ACS URL: …/{env}/saml20/sp/acs',
    },
  },
  // No launch URL: the checks take the app's host from it, and the Application Portal (apps.) is not the ACS host (auth.).
  provider: {
    protocol: 'saml',
    acsUrl: 'https://auth.pingone.{region}/{env}/saml20/sp/acs',
    audience: 'pingone',
    signingKey: 'any',
    // The guide sets no NameID mapping (authentik would send its hashed user id); PingOne's default
    // attribute mapping makes the subject the PingOne username, so the authentik username is sent.
    nameId: 'username',
    mappings: [],
  },
  screen: [
    {
      title: 'Configure PingOne Connection',
      location: 'PingOne admin console › Integrations › External IdPs › + Add Provider › SAML › Name: authentik',
      fields: [
        { label: 'Name', value: 'authentik' },
        { label: 'PingOne (SP) Entity ID', value: 'pingone', help: help.entityId },
      ],
    },
    {
      title: 'Configure IdP Connection',
      location: 'Same wizard, next step › Import from URL',
      fields: [
        { label: 'Import from URL', value: '{metadata_url}', help: help.metadata },
        { label: 'SSO Endpoint', value: '{saml_url}' },
        { label: 'IdP Entity ID', value: '{entity_id}' },
        { label: 'SSO Binding', value: 'HTTP REDIRECT', choice: true },
        { label: 'SLO Endpoint', value: '{saml_logout_url}' },
      ],
      notes: [notes.enable],
    },
    {
      title: 'Map Attributes',
      location: 'Same wizard, last step',
      fields: [
        {
          label: 'Username',
          value: 'SAML subject',
          choice: true,
          help: 'PingOne’s default mapping; authentik sends the authentik username as subject.',
        },
      ],
      notes: [notes.policy],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is your environment’s /saml20/sp/acs',
      why: 'PingOne receives the response only at the ACS URL of your environment and region.',
    },
    audience: { why: 'PingOne accepts only assertions addressed to its PingOne (SP) Entity ID, here “pingone”.' },
    'sp-binding': { why: 'PingOne’s ACS URL takes the SAML response as a form post.' },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the IdP Entity ID PingOne imported',
      why: 'PingOne rejects responses whose issuer differs from the IdP Entity ID it imported from the metadata.',
    },
    'metadata-certificate': {
      why: 'PingOne checks each signature against the Verification Certificate it imported; after a certificate change, import the metadata again.',
    },
    'certificate-expiry': { why: 'An expired signing certificate fails every PingOne login, and a renewed one must be imported into PingOne again.' },
    'username-changes': { why: 'PingOne links accounts by the SAML subject, the authentik username; a renamed user would arrive as someone new.' },
  },
  manualTest,
  /**
   * PingOne (SAML tab, the guide's default): values copied from https://integrations.goauthentik.io/platforms/pingone/
   * ("Create an application and provider" — ACS URL https://auth.pingone.com/<environment-id>/saml20/sp/acs, Audience
   * pingone — and "PingOne configuration": Name authentik, PingOne (SP) Entity ID pingone, Import from URL, SSO
   * Endpoint …/application/saml/<application_slug>/, IdP Entity ID …/application/saml/<application_slug>/metadata/,
   * SSO Binding HTTP REDIRECT, SLO Endpoint …/application/saml/<application_slug>/, Username mapped to the SAML
   * subject) and Ping's https://docs.pingidentity.com/pingone/integrations/p1_add_identity_provider_saml.html (the same
   * steps and fields; the ACS endpoint per environment), for the North America region and an example environment ID.
   * Where they disagree: the guide sets no NameID mapping, so authentik would send its hashed user id as subject,
   * which PingOne's default mapping turns into the username; the username is sent instead. The guide's optional
   * verification and encryption certificates (PingOne's) are not set: sign-in works without them.
   */
  expected: {
    sources: {
      followed:
        'guide for the ACS URL, audience and PingOne fields; NameID: the authentik username, which PingOne’s default mapping stores as username (the guide leaves it to the hashed id)',
    },
    inputs: { region: 'com', env: '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b' },
    saml: {
      acsUrl: 'https://auth.pingone.com/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b/saml20/sp/acs',
      audience: 'pingone',
      binding: 'post',
      nameId: 'username',
    },
    appSide: {
      Name: 'authentik',
      'PingOne (SP) Entity ID': 'pingone',
      'Import from URL': 'https://authentik.company/application/saml/pingone/metadata/',
      'SSO Endpoint': 'https://authentik.company/application/saml/pingone/',
      'IdP Entity ID': 'https://authentik.company/application/saml/pingone/metadata/',
      'SSO Binding': 'HTTP REDIRECT',
      'SLO Endpoint': 'https://authentik.company/application/saml/pingone/',
    },
  },
});
