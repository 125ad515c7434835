/**
 * Anthropic (Claude and Claude Console) signs users in through a custom SAML connection set up in its
 * SSO flow (WorkOS). The flow shows the connection's ACS URL and SP Entity ID before it asks for the
 * IdP's metadata, so the admin pastes both here. Anthropic reads id, email, firstName, lastName and,
 * for Just-in-time role mappings, groups, filled with this application's entitlements.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { MAPPINGS, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/anthropic/',
    vendor: 'https://support.claude.com/en/articles/13132885-set-up-single-sign-on-sso',
  },
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
      title: 'Set up SSO (custom SAML)',
      location: 'Claude › Organization and access (Claude Console › Identity and access) › Authentication › Setup SSO',
      fields: [
        { label: 'Identity provider metadata URL', value: '{metadata_url}', help: help.metadata },
        { label: 'User ID', value: 'id' },
        { label: 'Email', value: 'email' },
        { label: 'First name', value: 'firstName' },
        { label: 'Last name', value: 'lastName' },
        { label: 'Groups', value: 'groups', help: 'For Just-in-time entitlement mappings.' },
      ],
      notes: [notes.prerequisites, notes.require, notes.jit],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is the one the SSO setup flow showed',
      why: 'Anthropic receives the response only at the ACS URL of this connection.',
    },
    audience: { why: 'Anthropic accepts only assertions addressed to the connection’s SP Entity ID.' },
    'metadata-entity-id': { why: 'Anthropic takes authentik’s issuer from the metadata URL and rejects responses with another one.' },
    'metadata-certificate': { why: 'Anthropic checks each signature against the certificate in authentik’s metadata.' },
    'certificate-expiry': { why: 'An expired signing certificate fails every Claude login until Anthropic reads the renewed metadata.' },
    'custom-mappings': {
      title: 'The Anthropic attributes are on the provider',
      why: 'Anthropic maps the user ID, email, first and last name from id, email, firstName and lastName, and roles from groups.',
    },
    'public-authentik': { why: 'Anthropic’s SSO service fetches authentik’s metadata from the metadata URL over the internet.' },
  },
  manualTest,
  /**
   * Anthropic: values copied from https://integrations.goauthentik.io/platforms/anthropic/ ("Create property mappings" —
   * id, email, firstName, lastName, groups from application entitlements —, "Create an application and provider in
   * authentik" — NameID authentik default SAML Mapping: Email —, "Configure SSO" — copy the WorkOS ACS URL and SP Entity
   * ID, paste the metadata URL, map the attributes — and "Update the authentik provider") and Anthropic's
   * https://support.claude.com/en/articles/13132885-set-up-single-sign-on-sso (Setup SSO under Organization and access /
   * Identity and access, custom SAML, domain verification first, Require SSO after a test). The input values are
   * illustrative (generated per connection). Where they disagree: the guide creates the provider with https://temp.temp
   * and writes the values back; the setup flow shows them before it asks for the metadata, so they are asked for first.
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
      attributes: ['id', 'email', 'firstName', 'lastName', 'groups'],
    },
    appSide: {
      'Identity provider metadata URL': 'https://authentik.company/application/saml/anthropic/metadata/',
      'User ID': 'id',
      Email: 'email',
      Groups: 'groups',
    },
  },
});
