/**
 * Cursor (Team or Enterprise) signs users in through a SAML connection created in its SSO setup
 * wizard (WorkOS). The wizard shows the connection's ACS URL and SP Entity ID first, so the admin
 * pastes both here; the wizard then reads authentik's metadata URL and maps the id, email,
 * firstName and lastName attributes, which authentik does not ship.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { MAPPINGS, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/development/cursor/', vendor: 'https://cursor.com/docs/account/teams/sso' },
  inputs: {
    acs: {
      type: 'text',
      label: 'ACS URL',
      help: help.acs,
      example: 'https://auth.workos.com/sso/saml/acs/…',
      pattern: '^https:\\/\\/[^\\s/?#]+[^\\s]*$',
      message: help.acsRule,
    },
    entity: {
      type: 'text',
      label: 'SP Entity ID',
      help: help.entity,
      example: 'https://auth.workos.com/…',
      pattern: '^\\S+$',
      message: help.entityRule,
    },
  },
  provider: { protocol: 'saml', acsUrl: '{acs}', audience: '{entity}', signingKey: 'any', nameId: 'email', mappings: [], customMappings: MAPPINGS },
  screen: [
    {
      title: 'SSO Provider Connection settings',
      location: 'Cursor dashboard › Settings › Single Sign-On (SSO) › SSO Provider Connection settings › SAML',
      fields: [
        { label: 'Identity provider metadata URL', value: '{metadata_url}', help: help.metadata },
        { label: 'User ID', value: 'id' },
        { label: 'Email', value: 'email' },
        { label: 'First name', value: 'firstName' },
        { label: 'Last name', value: 'lastName' },
      ],
      notes: [notes.open, notes.plan],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is the one Cursor’s wizard showed',
      why: 'Cursor receives the response only at the ACS URL of this connection.',
    },
    audience: { why: 'Cursor accepts only assertions addressed to the connection’s SP Entity ID.' },
    'metadata-entity-id': { why: 'Cursor takes authentik’s issuer from the metadata URL and rejects responses with another one.' },
    'metadata-certificate': { why: 'Cursor checks each signature against the certificate in authentik’s metadata.' },
    'certificate-expiry': { why: 'An expired signing certificate fails every Cursor login until Cursor reads the renewed metadata.' },
    'custom-mappings': {
      title: 'The Cursor attributes are on the provider',
      why: 'Cursor’s wizard maps the user ID, email, first and last name from the id, email, firstName and lastName attributes.',
    },
    'public-authentik': { why: 'Cursor’s SSO service fetches authentik’s metadata from the metadata URL over the internet.' },
  },
  manualTest,
  /**
   * Cursor: values copied from https://integrations.goauthentik.io/development/cursor/ ("Create property mappings" —
   * id, email, firstName, lastName —, "Create an application and provider in authentik" — NameID authentik default SAML
   * Mapping: Email —, "Cursor configuration" — copy ACS URL and SP Entity ID, give the metadata URL, map id/email/
   * firstName/lastName — and "Update the authentik provider") and Cursor's https://cursor.com/docs/account/teams/sso
   * (SSO Provider Connection settings in the dashboard, setup wizard, domain verification, Team or Enterprise plans) with
   * WorkOS's https://workos.com/docs/integrations/saml (the ACS URL and SP Entity ID the connection shows). The input
   * values are illustrative (generated per connection). Where they disagree: the guide creates the provider with
   * https://temp.temp and writes the values back later; the wizard shows them before it asks for authentik's metadata,
   * so they are asked for first and no placeholder is created. Otherwise they agree.
   */
  expected: {
    sources: {
      followed: 'guide for every value; the ACS URL and SP Entity ID are asked for first instead of the guide’s temporary https://temp.temp',
    },
    inputs: { acs: 'https://auth.workos.com/sso/saml/acs/example-connection', entity: 'https://auth.workos.com/example-connection' },
    saml: {
      acsUrl: 'https://auth.workos.com/sso/saml/acs/example-connection',
      audience: 'https://auth.workos.com/example-connection',
      binding: 'post',
      nameId: 'email',
      attributes: ['id', 'email', 'firstName', 'lastName'],
    },
    appSide: {
      'Identity provider metadata URL': 'https://authentik.company/application/saml/cursor/metadata/',
      'User ID': 'id',
      Email: 'email',
      'First name': 'firstName',
      'Last name': 'lastName',
    },
  },
});
