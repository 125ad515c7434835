/**
 * Prism Central signs users in through a SAML identity provider (Admin Center › IAM › IdP
 * Configuration), imported from authentik's metadata. Its ACS and SP entity ID are under
 * /api/iam/authn on port 9440; it reads the username and email from plain attributes and uses the
 * NameID, here the email address, to assign roles.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, MAPPINGS, notes } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/nutanix-pc/',
    vendor: 'https://portal.nutanix.com/page/documents/details?targetId=Nutanix-Security-Guide-v7_0%3Amul-security-authentication-saml-pc-iam-t.html',
  },
  inputs: {
    url: {
      type: 'url',
      label: 'Prism Central URL',
      help: help.url,
      example: 'https://prismcentral.company:9440',
      pages: ['console', 'api', 'dm', 'oss', 'PrismGateway'],
    },
  },
  provider: {
    protocol: 'saml',
    acsUrl: '{url}/api/iam/authn/callback',
    audience: '{url}/api/iam/authn',
    signingKey: 'any',
    nameId: 'custom:Nutanix email',
    mappings: [],
    customMappings: MAPPINGS,
  },
  screen: [
    {
      title: 'SAML Identity Provider',
      location: 'Admin Center › IAM › IdP Configuration › Add Identity Provider › SAML Identity Provider',
      fields: [
        { label: 'Configuration Name', value: 'authentik', help: help.name },
        { label: 'Username Attribute', value: 'username' },
        { label: 'Email Attribute', value: 'email' },
        { label: 'Import Metadata', value: '{metadata_url}', help: help.metadata },
      ],
      notes: [{ tone: 'info', text: 'Click Save.' }, notes.chain, notes.policy],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Prism Central’s /api/iam/authn/callback on port 9440' },
    audience: { why: 'Prism Central rejects assertions not addressed to its SP entity ID, <Prism Central>:9440/api/iam/authn.' },
    'custom-mappings': { why: 'Prism Central reads the user from the attributes username and email, which authentik does not ship.' },
  },
  manualTest,
  /**
   * Nutanix Prism Central: values copied from
   * https://integrations.goauthentik.io/hypervisors-orchestrators/nutanix-pc/ (sections "Create property
   * mappings", "Create an application and provider" and "Add the identity provider") and from Nutanix's
   * Security Guide, "Adding a SAML-based Identity Provider"
   * (https://portal.nutanix.com/page/documents/details?targetId=Nutanix-Security-Guide-v7_0%3Amul-security-authentication-saml-pc-iam-t.html:
   * Configuration Name, Username Attribute, Email Attribute, Import Metadata), for the example inputs
   * below. The ACS URL and audience (port 9440, /api/iam/authn) are the guide's; the Nutanix page asks
   * for the IdP metadata and attribute names, and does not contradict them.
   */
  expected: {
    inputs: { url: 'https://prismcentral.company:9440' },
    launchUrl: 'https://prismcentral.company:9440',
    saml: {
      acsUrl: 'https://prismcentral.company:9440/api/iam/authn/callback',
      audience: 'https://prismcentral.company:9440/api/iam/authn',
      binding: 'post',
      nameId: 'custom', // the guide's “Nutanix email” mapping: the user's email address
      attributes: ['username', 'email'],
    },
    appSide: {
      'Configuration Name': 'authentik',
      'Username Attribute': 'username',
      'Email Attribute': 'email',
      'Import Metadata': 'https://authentik.company/application/saml/nutanix-prism-central/metadata/',
    },
  },
});
