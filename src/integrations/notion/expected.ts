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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/notion/',
    vendor: 'https://www.notion.com/help/set-up-identity-provider-for-saml-sso',
  },
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
});
