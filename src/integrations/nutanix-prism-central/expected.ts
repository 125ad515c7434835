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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/hypervisors-orchestrators/nutanix-pc/',
    vendor: 'https://portal.nutanix.com/page/documents/details?targetId=Nutanix-Security-Guide-v7_0%3Amul-security-authentication-saml-pc-iam-t.html',
  },
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
});
