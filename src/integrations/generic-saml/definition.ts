/**
 * Any app that speaks SAML 2.0 and is not in the catalog: the admin gives its name, its ACS URL
 * and its entity ID (both on the app's SAML settings page or in its SP metadata); the screen uses
 * the standard SAML names.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest } from '../shared/generic-content';

export default defineIntegration({
  docs: {
    authentik: 'https://docs.goauthentik.io/add-secure-apps/providers/saml/',
    vendor: 'https://docs.oasis-open.org/security/saml/v2.0/saml-bindings-2.0-os.pdf',
  },
  inputs: {
    name: { type: 'text', label: 'App name', help: help.name, example: 'Wiki' },
    acs: {
      type: 'text',
      label: 'ACS URL',
      help: help.acs,
      example: 'https://wiki.company/saml/acs',
      pattern: '^https:\\/\\/[^\\s/?#]+[^\\s]*$',
      message: help.acsMessage,
    },
    entity: {
      type: 'text',
      label: 'SP entity ID',
      help: help.entity,
      example: 'https://wiki.company/saml/metadata',
      pattern: '^\\S+$',
      message: help.entityMessage,
    },
  },
  identity: { name: '{name}', slug: '{name}' },
  provider: {
    protocol: 'saml',
    acsUrl: '{acs}',
    audience: '{entity}',
    signingKey: 'any',
    nameId: 'email',
    mappings: ['username', 'email', 'name', 'groups'],
  },
  screen: [
    {
      title: 'SAML identity provider settings',
      location: 'The app’s single sign-on or SAML settings',
      fields: [
        { label: 'IdP metadata URL', value: '{metadata_url}', help: help.metadata },
        { label: 'IdP entity ID (issuer)', value: '{entity_id}' },
        { label: 'SSO URL (HTTP-Redirect)', value: '{sso_url}' },
        { label: 'SSO URL (HTTP-POST)', value: '{sso_post_url}' },
        { label: 'SLO URL', value: '{slo_url}' },
        { label: 'Signing certificate (PEM)', value: '{cert_pem}' },
        { label: 'Certificate SHA-256 fingerprint', value: '{cert_sha256}' },
        { label: 'NameID format', value: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', help: help.nameId },
      ],
    },
  ],
  checks: {
    'application-access': { why: 'If authentik’s policies refuse you, the login ends on an authentik error page.' },
    'acs-url': { why: 'authentik posts every signed login to this address.' },
    audience: { why: 'Apps reject assertions that are not addressed to their own entity ID.' },
    'sp-binding': { why: 'The browser SSO profile posts the response as a form.' },
    'saml-signing': { why: 'Apps only accept signed assertions.' },
    'metadata-entity-id': { why: 'The app compares the issuer of each response with the IdP entity ID it was given.' },
    'metadata-certificate': { why: 'The app verifies each signature with the certificate it was given.' },
    'certificate-expiry': { why: 'Once the certificate expires, the app rejects every login.' },
    // What another app matches users by is the admin's choice: a hand-made pair's NameID is not judged.
    'name-id': false,
    'relay-state': { why: 'A relay state that points elsewhere makes apps fail after a successful login.' },
  },
  manualTest,
  /**
   * Generic SAML app: what the admin typed must arrive byte for byte. Endpoint paths copied from
   * https://docs.goauthentik.io/add-secure-apps/providers/saml/ (endpoint table: SSO Redirect
   * /application/saml/<application_slug>/sso/binding/redirect/, SSO POST .../sso/binding/post/,
   * Metadata Download .../metadata/) and the 2026.5 issuer rule of the integration guides
   * (issuer = https://authentik.company/application/saml/<application_slug>/metadata/); the binding
   * from the OASIS bindings/profiles (a Web SSO <Response> travels by HTTP-POST to the ACS).
   * The example input is unusual but valid: ACS with a port, mixed-case path, trailing slash and
   * query string; an SP entity ID that is a URN, not a URL; an app name with a space (slug "team-wiki").
   */
  expected: {
    inputs: { name: 'Team Wiki', acs: 'https://Wiki.Company:8443/SAML2/ACS/?tenant=Acme', entity: 'urn:Wiki:SP:Acme' },
    saml: { acsUrl: 'https://Wiki.Company:8443/SAML2/ACS/?tenant=Acme', audience: 'urn:Wiki:SP:Acme', binding: 'post' },
    appSide: {
      'IdP metadata URL': 'https://authentik.company/application/saml/team-wiki/metadata/',
      'IdP entity ID (issuer)': 'https://authentik.company/application/saml/team-wiki/metadata/',
      'SSO URL (HTTP-Redirect)': 'https://authentik.company/application/saml/team-wiki/sso/binding/redirect/',
      'SSO URL (HTTP-POST)': 'https://authentik.company/application/saml/team-wiki/sso/binding/post/',
    },
  },
});
