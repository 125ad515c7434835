/**
 * Placetel (Webex for Placetel) signs existing users in through SAML single sign-on configured from the
 * IdP's metadata. Its service provider is the same for every organization: the response goes to
 * https://accounts.webex.placetel.de/users/saml/auth, the SP entity ID is https://web.placetel.de, and
 * users are matched by an email NameID. Placetel wants both the response and the assertion signed.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/chat-communication-collaboration/placetel/',
    vendor: 'https://www.placetel.de/hilfe/webex-fuer-placetel/sso-saml-webex-fuer-placetel',
  },
  inputs: {
    domains: {
      type: 'host',
      label: 'Email domain',
      help: help.domains,
      example: 'company.com',
      preview: 'Users @{domains} sign in through authentik',
    },
  },
  launchUrl: 'https://accounts.webex.placetel.de',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://accounts.webex.placetel.de/users/saml/auth',
    audience: 'https://web.placetel.de',
    signAssertion: true,
    signResponse: true,
    signingKey: 'any',
    nameId: 'email',
    mappings: ['email'],
  },
  screen: [
    {
      title: 'Single Sign On (SSO/SAML)',
      location: 'Placetel portal › organization name › Settings › Single Sign On (SSO/SAML) › Edit',
      fields: [
        { label: 'Import', value: '{metadata_url}', help: help.metadata },
        { label: 'SP Entity ID', value: 'https://web.placetel.de', help: help.spEntity },
        { label: 'IDP Entity ID', value: '{entity_id}' },
        { label: 'Domains', value: '{domains}', help: help.domains },
        { label: 'Activate Single Sign On', value: 'Off (for now)', choice: true },
      ],
      notes: [notes.activate, notes.users],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is Placetel’s /users/saml/auth',
      why: 'Placetel receives SAML responses for every organization only at https://accounts.webex.placetel.de/users/saml/auth.',
    },
    audience: { why: 'Placetel accepts only assertions addressed to its SP Entity ID, https://web.placetel.de without a trailing slash.' },
    'sp-binding': { why: 'Placetel’s ACS URL takes the SAML response as a form post.' },
    'saml-signing': {
      title: 'Responses and assertions are signed',
      why: 'Placetel expects both the response and the assertion signed with the certificate from the imported metadata.',
    },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the IDP Entity ID on the configuration screen',
      why: 'Placetel rejects responses whose issuer differs from the IDP Entity ID it was given.',
    },
    'metadata-certificate': {
      why: 'Placetel checks each signature against the certificate in the imported metadata; after a certificate change, import it again.',
    },
    'certificate-expiry': { why: 'An expired signing certificate fails every Placetel login, and a renewed one means importing the metadata again.' },
    'relay-state': { why: 'Placetel reads the relay state as the page to open after login; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Placetel: values copied from https://integrations.goauthentik.io/chat-communication-collaboration/placetel/ ("Create an
   * application and provider" — ACS URL https://accounts.webex.placetel.de/users/saml/auth, Sign assertions and Sign
   * responses on, only the Email mapping, NameID authentik default SAML Mapping: Email — and "Placetel configuration":
   * Import the metadata, SP Entity ID https://web.placetel.de with no trailing slash, IDP Entity ID
   * …/application/saml/<application_slug>/metadata/, Domains company.tld) and Placetel's
   * https://www.placetel.de/hilfe/webex-fuer-placetel/sso-saml-webex-fuer-placetel with its SP metadata
   * https://accounts.webex.placetel.de/users/saml/metadata, for the email domain company.com.
   * Where they disagree: the guide leaves the provider's Audience empty while Placetel's SP Entity ID is
   * https://web.placetel.de; the Audience is set to it so the assertion names Placetel. The guide's SLS URL is not set
   * (sign-in works without it).
   */
  expected: {
    sources: { followed: 'vendor for the Audience (Placetel’s SP Entity ID https://web.placetel.de; the guide leaves it empty); guide for the rest' },
    inputs: { domains: 'company.com' },
    launchUrl: 'https://accounts.webex.placetel.de',
    saml: {
      acsUrl: 'https://accounts.webex.placetel.de/users/saml/auth',
      audience: 'https://web.placetel.de',
      binding: 'post',
      nameId: 'email',
      signAssertion: true,
      signResponse: true,
    },
    appSide: {
      'SP Entity ID': 'https://web.placetel.de',
      'IDP Entity ID': 'https://authentik.company/application/saml/placetel/metadata/',
      Domains: 'company.com',
      Import: 'https://authentik.company/application/saml/placetel/metadata/',
    },
  },
});
