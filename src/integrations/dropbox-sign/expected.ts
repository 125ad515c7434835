/**
 * Dropbox Sign: values copied from https://integrations.goauthentik.io/documentation/dropbox-sign/
 * (sections "Create property mappings", "Create an application and provider in authentik", "Download
 * and prepare the signing certificate" and "Dropbox Sign configuration") and from the vendor:
 * https://help.dropbox.com/security/dropbox-sign-saml-sso-configuration ("Enabling SAML SSO on Dropbox
 * Sign": Identity Provider Single Sign-On URL, Identity Provider Issuer, X.509 Certificate, Allow
 * standard logins for admins; "IDP Side Setup": Signon URL (ACS URL) https://app.hellosign.com/account/ssoLogIn,
 * Audience URI (SP Entity ID) https://app.hellosign.com, Name ID Format EmailAddress, attributes
 * FirstName and LastName; testing by the IdP's SSO link), for the example inputs below (none).
 * The guide's SSO URL is the unified endpoint of newer releases; the redirect-binding URL every
 * supported release serves is written instead. Otherwise they agree.
 */
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/documentation/dropbox-sign/',
    vendor: 'https://help.dropbox.com/security/dropbox-sign-saml-sso-configuration',
    followed: 'guide, as the redirect-binding literal, for the Identity Provider Single Sign-On URL: every supported authentik release serves it; the unified `/application/saml/<slug>/` one only newer releases',
  },
  inputs: {},
  saml: {
    acsUrl: 'https://app.hellosign.com/account/ssoLogIn',
    audience: 'https://app.hellosign.com',
    binding: 'post',
    nameId: 'email',
    nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    attributes: ['FirstName', 'LastName'],
  },
  appSide: {
    'Identity Provider Single Sign-On URL': 'https://authentik.company/application/saml/dropbox-sign/sso/binding/redirect/',
    'Identity Provider Issuer': 'https://authentik.company/application/saml/dropbox-sign/metadata/',
  },
});
