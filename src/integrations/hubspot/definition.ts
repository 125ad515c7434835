/**
 * HubSpot (Professional or Enterprise) signs users in through SAML single sign-on ("All Other Identity
 * Providers"). HubSpot shows its Audience URI and ACS URL only in its SSO setup panel, so the provider
 * is created with a recognisable placeholder ACS URL on HubSpot's host and an empty audience; the round
 * trip writes the real values back before the admin clicks Verify. HubSpot identifies users by an
 * email NameID.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/hubspot/',
    vendor: 'https://knowledge.hubspot.com/account-security/set-up-single-sign-on-sso',
  },
  inputs: {},
  // No launch URL: the checks take the app's host from it, and HubSpot's ACS host (api.) is not its app host.
  provider: {
    protocol: 'saml',
    acsUrl: 'https://api.hubspot.com/replace-with-the-acs-url-hubspot-shows',
    audience: '',
    signingKey: 'any',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: [],
  },
  screen: [
    {
      title: 'Set up single sign-on (SSO)',
      location: 'Settings › Security › Login › Configure single sign-on (SSO) › All Other Identity Providers',
      fields: [
        { label: 'Identity Provider Identifier or Issuer URL', value: '{entity_id}' },
        { label: 'Identity Provider Single Sign-On URL', value: '{saml_url}' },
        { label: 'X.509 Certificate', value: '{cert_pem}', help: help.certificate },
      ],
      notes: [notes.panel, notes.plan],
    },
  ],
  roundTrip: {
    title: "Copy HubSpot's SP values back into authentik",
    intro: help.roundTrip,
    where: 'in the SSO setup panel',
    fields: {
      audience: {
        label: 'Audience URI',
        sets: 'audience',
        help: "Shown in HubSpot's SSO setup panel. Written into the provider's Audience.",
        example: 'https://api.hubspot.com/login-api/v1/saml/login?portalId=…',
      },
      acs: {
        label: 'ACS URL',
        sets: 'acs_url',
        help: "Shown next to the Audience URI (“Sign on URL, ACS, Recipient, or Redirect”). Written into the provider's ACS URL.",
        example: 'https://api.hubspot.com/login-api/v1/saml/…',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the one HubSpot shows' },
    audience: { why: 'HubSpot accepts only assertions addressed to the Audience URI its SSO panel shows.' },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the Identity Provider Identifier or Issuer URL on the configuration screen',
      why: 'HubSpot rejects responses whose issuer differs from the Identity Provider Identifier or Issuer URL it was given.',
    },
    'certificate-expiry': { why: 'An expired signing certificate fails every HubSpot login, and a renewed one must be pasted into HubSpot again.' },
  },
  manualTest,
  /**
   * HubSpot: values copied from https://integrations.goauthentik.io/platforms/hubspot/ (sections "Create an
   * application and provider in authentik" — temporary ACS URL and Audience, NameID authentik default SAML
   * Mapping: Email, Service Provider Binding Post, Default NameID Policy Email address —, "HubSpot
   * configuration" — Identity Provider Identifier or Issuer URL …/application/saml/<application_slug>/metadata/,
   * Identity Provider Single Sign-On URL the SAML Endpoint, X.509 Certificate; copy Audience URI and ACS URL —
   * and "Configure the remaining information in authentik") and HubSpot's
   * https://knowledge.hubspot.com/account-security/set-up-single-sign-on-sso (copy the Audience URI and the
   * "Sign on URL, ACS, Recipient, or Redirect" values into the IdP; set the name ID to Email; paste the
   * issuer, the single sign-on URL and the certificate; click Verify). Neither page prints the shape of the
   * round-trip values; the illustrative ones follow the shape IdP catalogues give for HubSpot
   * (https://api.hubspot.com/login-api/v1/saml/login?portalId=<portal id>, documentation.traitware.com).
   * Where they disagree: the guide writes temporary values on https://temp.temp; the wizard's placeholder
   * sits on HubSpot's host so a login tried too early never leaves it. Otherwise they agree.
   */
  expected: {
    sources: { followed: 'guide for every value; the placeholder ACS URL stays on HubSpot’s host instead of the guide’s https://temp.temp' },
    inputs: {},
    roundTrip: {
      audience: 'https://api.hubspot.com/login-api/v1/saml/login?portalId=12345678',
      acs: 'https://api.hubspot.com/login-api/v1/saml/acs?portalId=12345678',
    },
    saml: {
      acsUrl: 'https://api.hubspot.com/login-api/v1/saml/acs?portalId=12345678',
      audience: 'https://api.hubspot.com/login-api/v1/saml/login?portalId=12345678',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    },
    appSide: {
      'Identity Provider Identifier or Issuer URL': 'https://authentik.company/application/saml/hubspot/metadata/',
      'Identity Provider Single Sign-On URL': 'https://authentik.company/application/saml/hubspot/',
    },
  },
});
