/**
 * Zoho signs users of an organization in through SAML Authentication in Zoho Accounts (one per data
 * centre). Zoho publishes its ACS URL (per organization) and entity ID in a metadata file, so the
 * provider is created with a recognisable placeholder ACS URL on the data centre's accounts host and an
 * empty audience; the round trip writes the values from that file back. Zoho accepts only an
 * email-address NameID.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { DATA_CENTRES, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/platforms/zoho/',
    vendor: 'https://help.zoho.com/portal/en/kb/accounts/manage-your-organization/saml/articles/configure-saml-in-zoho-accounts',
  },
  inputs: {
    dc: {
      type: 'enum',
      label: 'Data centre',
      help: help.dc,
      example: 'zoho.com',
      options: DATA_CENTRES,
      default: 'zoho.com',
      preview: 'Zoho Accounts: https://accounts.{dc}',
    },
  },
  launchUrl: 'https://accounts.{dc}/signin',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://accounts.{dc}/signin/samlsp/replace-with-the-acs-url-in-zoho-metadata',
    audience: '',
    signingKey: 'any',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: [],
  },
  screen: [
    {
      title: 'SAML Authentication',
      location: 'Zoho Accounts › Organization › SAML Authentication › Set up Now',
      fields: [
        { label: 'Upload Metadata', value: '{metadata_url}', help: help.metadata },
        { label: 'Name Identifier', value: 'Email Address' },
      ],
      notes: [notes.provision, notes.idp],
    },
  ],
  roundTrip: {
    title: "Copy Zoho's SP values back into authentik",
    intro: help.roundTrip,
    where: 'in Zoho’s metadata file',
    fields: {
      acs: {
        label: 'ACS URL',
        sets: 'acs_url',
        help: "The Location of <md:AssertionConsumerService> in Zoho's metadata. Written into the provider's ACS URL.",
        example: 'https://accounts.zoho.com/signin/samlsp/…',
      },
      entity: {
        label: 'Entity ID',
        sets: 'audience',
        help: "The entityID of Zoho's metadata. Written into the provider's Audience.",
        example: 'zoho.com',
      },
    },
  },
  checks: {
    'acs-url': {
      title: 'The ACS URL is the one in Zoho’s metadata',
      why: 'Zoho receives the SAML response only at the ACS URL of your organization; the placeholder never reaches Zoho.',
    },
    audience: { why: 'Zoho accepts only assertions addressed to the entity ID of its metadata.' },
    'metadata-entity-id': { why: 'Zoho takes authentik’s issuer from the uploaded metadata and rejects responses with another one.' },
    'metadata-certificate': {
      why: 'Zoho checks each signature against the certificate in the uploaded metadata; after a certificate change, upload the metadata again.',
    },
    'certificate-expiry': {
      why: 'An expired signing certificate fails every Zoho login, and a renewed one means uploading the metadata to Zoho again.',
    },
    'relay-state': { why: 'Zoho reads the relay state as the Zoho service to open; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Zoho: values copied from https://integrations.goauthentik.io/platforms/zoho/ (sections "Download Zoho
   * metadata file" — the accounts host of each data centre —, "Create provider" — SAML Provider from Metadata,
   * NameID authentik default SAML Mapping: Email —, "Create application" and "Zoho configuration": Upload
   * Metadata, Name Identifier Email Address) and Zoho's "Configure SAML in Zoho Accounts"
   * (help.zoho.com, as linked by the guide) with its "SAML terminologies" article (ACS URL from the
   * <md:AssertionConsumerService> of Zoho's metadata; "Zoho only supports email address Name ID format",
   * urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress), for the United States data centre. The
   * round-trip values are illustrative: the ACS shape https://accounts.zoho.com/signin/samlsp/<number> is the
   * one a public authentik Terraform setup copied from Zoho's metadata, with Zoho's issuer zoho.com.
   * Where they disagree: the guide imports Zoho's metadata into a provider, which the wizard cannot, so the
   * two values come back through the round trip; its launch URL https://www.zoho.com/login.html is on
   * another host than Zoho's ACS URL, so the launch URL is the data centre's own sign-in page.
   */
  expected: {
    sources: {
      vendor: 'https://help.zoho.com/portal/en/kb/accounts/manage-your-organization/saml/articles/saml-terminologies',
      followed:
        'vendor for the email-address NameID format and the metadata values (round trip instead of the guide’s metadata import); launch URL on the data centre’s accounts host',
    },
    inputs: { dc: 'zoho.com' },
    launchUrl: 'https://accounts.zoho.com/signin',
    roundTrip: { acs: 'https://accounts.zoho.com/signin/samlsp/845266711', entity: 'zoho.com' },
    saml: {
      acsUrl: 'https://accounts.zoho.com/signin/samlsp/845266711',
      audience: 'zoho.com',
      binding: 'post',
      nameId: 'email',
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    },
    appSide: { 'Upload Metadata': 'https://authentik.company/application/saml/zoho/metadata/', 'Name Identifier': 'Email Address' },
  },
});
