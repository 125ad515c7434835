/**
 * Notion (Business or Enterprise plan) signs workspace members in through SAML SSO. Notion reads
 * authentik's metadata from the Identity Provider URL and shows its ACS URL (per workspace) in the
 * same dialog, so the provider is created with a recognisable placeholder ACS URL on Notion's host
 * and the round trip writes the real one back. Notion identifies users by an email-address NameID
 * and reads emailAddress, firstName, lastName and profilePhoto.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { MAPPINGS, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/notion/',
    vendor: 'https://www.notion.com/help/set-up-identity-provider-for-saml-sso',
  },
  inputs: {},
  launchUrl: 'https://www.notion.so/login',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://www.notion.so/sso/saml/replace-with-the-acs-url-notion-shows',
    audience: 'https://www.notion.so/sso/saml',
    signingKey: 'any',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: [],
    customMappings: MAPPINGS,
  },
  screen: [
    {
      title: 'SAML SSO Configuration',
      location: 'Notion › Settings › Identity (Business) or Manage organization › General (Enterprise) › Enable SAML SSO',
      fields: [
        { label: 'Identity Provider Details', value: 'Identity Provider URL', choice: true },
        { label: 'Identity Provider URL', value: '{metadata_url}', help: help.idpUrl },
      ],
      notes: [notes.domains, notes.copy, notes.scim],
    },
  ],
  roundTrip: {
    title: "Copy Notion's ACS URL back into authentik",
    intro: help.roundTrip,
    where: 'in the SAML SSO Configuration dialog',
    fields: {
      acs: {
        label: 'Assertion Consumer Service (ACS) URL',
        sets: 'acs_url',
        help: "Shown at the top of Notion's SAML SSO Configuration dialog. Written into the provider's ACS URL.",
        example: 'https://www.notion.so/sso/saml/…',
      },
    },
  },
  checks: {
    'acs-url': { title: 'The ACS URL is the one Notion shows', why: why.acs },
    audience: { why: 'Notion accepts assertions addressed to https://www.notion.so/sso/saml, its SP entity ID.' },
    'metadata-entity-id': {
      why: 'Notion takes authentik’s issuer from the metadata at the Identity Provider URL and rejects responses with another one.',
    },
    'metadata-certificate': {
      why: 'Notion checks each signature against the certificate in authentik’s metadata; after a certificate change, save the Identity Provider URL in Notion again.',
    },
    'custom-mappings': {
      title: 'The Notion attributes are on the provider',
      why: 'Notion fills the member’s name and photo from firstName, lastName and profilePhoto, and its email from emailAddress.',
    },
    'public-authentik': { why: 'Notion’s servers fetch authentik’s metadata from the Identity Provider URL over the internet.' },
  },
  manualTest,
  /**
   * Notion: values copied from https://integrations.goauthentik.io/documentation/notion/ (sections "Create
   * property mappings", "Create an application and provider", "Configure SAML SSO" and "Update the
   * authentik provider") and from the vendor: https://www.notion.com/help/set-up-identity-provider-for-saml-sso
   * ("SAML settings": Audience URI https://www.notion.so/sso/saml, Name ID format EmailAddress, attributes
   * firstName, lastName, profilePhoto; the ACS URL is shown in the SAML SSO Configuration dialog) with
   * Okta's https://saml-doc.okta.com/SAML_Docs/How-to-Configure-SAML-2.0-for-Notion.html (ACS shape
   * https://www.notion.so/sso/saml/<id>; sign-in at https://www.notion.so/login), for the example inputs
   * below (none). The round-trip value is illustrative in that shape. The guide and the vendor agree;
   * the guide adds the emailAddress attribute.
   */
  expected: {
    inputs: {},
    launchUrl: 'https://www.notion.so/login',
    roundTrip: { acs: 'https://www.notion.so/sso/saml/8f2c7d4e-1a3b-4c5d-9e6f-0a1b2c3d4e5f' },
    saml: {
      acsUrl: 'https://www.notion.so/sso/saml/8f2c7d4e-1a3b-4c5d-9e6f-0a1b2c3d4e5f',
      audience: 'https://www.notion.so/sso/saml',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      attributes: ['emailAddress', 'firstName', 'lastName', 'profilePhoto'],
    },
    appSide: {
      'Identity Provider Details': 'Identity Provider URL',
      'Identity Provider URL': 'https://authentik.company/application/saml/notion/metadata/',
    },
  },
});
