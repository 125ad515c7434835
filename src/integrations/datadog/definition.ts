/**
 * Datadog signs users in through SAML configured from the IdP's metadata (Organization Settings ›
 * Login Methods). Its service provider lives on the organization's Datadog site:
 * https://<site>/account/saml/assertion receives the response, and the SP entity ID is
 * https://<site>/account/saml/metadata.xml. Datadog matches users by an email NameID.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { SITES, help, manualTest, notes } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/monitoring/datadog/', vendor: 'https://docs.datadoghq.com/account_management/saml/' },
  inputs: {
    site: { type: 'enum', label: 'Datadog site', help: help.site, example: 'app.datadoghq.com', options: SITES, default: 'app.datadoghq.com' },
  },
  launchUrl: 'https://{site}',
  provider: {
    protocol: 'saml',
    acsUrl: 'https://{site}/account/saml/assertion',
    audience: 'https://{site}/account/saml/metadata.xml',
    signingKey: 'any',
    nameId: 'email',
    mappings: [],
  },
  screen: [
    {
      title: 'Add SAML',
      location: 'Organization Settings › Login Methods › SAML › Configure › Add SAML',
      fields: [
        { label: 'Name', value: 'authentik' },
        { label: 'IdP Metadata', value: '{metadata_url}', help: help.metadata },
        { label: 'Identity Provider (IdP) Initiated Login', value: 'On', choice: true, help: help.idp },
      ],
      notes: [notes.enable, notes.users],
    },
  ],
  checks: {
    'acs-url': {
      title: 'The ACS URL is your Datadog site’s /account/saml/assertion',
      why: 'Datadog receives SAML responses only at the assertion URL of your site.',
    },
    audience: { why: 'Datadog accepts only assertions addressed to its SP entity ID, https://<site>/account/saml/metadata.xml.' },
    'sp-binding': { why: 'Datadog’s assertion URL takes the SAML response as a form post.' },
    'metadata-entity-id': { why: 'Datadog takes authentik’s issuer from the uploaded metadata and rejects responses with another one.' },
    'metadata-certificate': {
      why: 'Datadog checks each signature against the certificate in the uploaded metadata; after a certificate change, upload the metadata again.',
    },
    'certificate-expiry': {
      why: 'An expired signing certificate fails every Datadog login, and a renewed one means uploading the metadata to Datadog again.',
    },
    'relay-state': { why: 'Datadog reads the relay state as the page to open after an IdP-initiated login; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Datadog: values copied from https://integrations.goauthentik.io/monitoring/datadog/ ("Datadog sites" table,
   * "Create an application and provider in authentik" — ACS URL https://app.datadoghq.com/account/saml/assertion,
   * Audience https://app.datadoghq.com/account/saml/metadata.xml, NameID authentik default SAML Mapping: Email — and
   * "Datadog configuration": Name authentik, IdP Metadata, Identity Provider (IdP) Initiated Login) and Datadog's
   * https://docs.datadoghq.com/account_management/saml/ (IdP metadata upload under Login Methods; the SP's assertion
   * consumer service and entity ID on the organization's site; users identified by email), for the US1 site.
   * The guide and the vendor agree.
   */
  expected: {
    inputs: { site: 'app.datadoghq.com' },
    launchUrl: 'https://app.datadoghq.com',
    saml: {
      acsUrl: 'https://app.datadoghq.com/account/saml/assertion',
      audience: 'https://app.datadoghq.com/account/saml/metadata.xml',
      binding: 'post',
      nameId: 'email',
    },
    appSide: { Name: 'authentik', 'IdP Metadata': 'https://authentik.company/application/saml/datadog/metadata/' },
  },
});
