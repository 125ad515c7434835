/**
 * Dropbox Sign (Premium plan) signs team members in through SAML SSO, set in the admin console. Its
 * ACS URL and SP entity ID are fixed (app.hellosign.com), the NameID is the email address, and the
 * assertion carries FirstName and LastName. Dropbox Sign takes the certificate as bare base64.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { FIRST_NAME, LAST_NAME, help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: {
    authentik: 'https://integrations.goauthentik.io/documentation/dropbox-sign/',
    vendor: 'https://help.dropbox.com/security/dropbox-sign-saml-sso-configuration',
  },
  inputs: {},
  // No launch URL: the guide and Dropbox Sign test the login from the identity provider, which
  // authentik starts itself (IdP-initiated) when the application has no launch URL.
  provider: {
    protocol: 'saml',
    acsUrl: 'https://app.hellosign.com/account/ssoLogIn',
    audience: 'https://app.hellosign.com',
    signingKey: 'any',
    nameId: 'email',
    nameIdPolicy: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    mappings: [],
    customMappings: [FIRST_NAME, LAST_NAME],
  },
  screen: [
    {
      title: 'SSO',
      location: 'Dropbox Sign › your email address (top right) › Admin console › Security › SSO',
      fields: [
        { label: 'Identity Provider Single Sign-On URL', value: '{sso_url}' },
        { label: 'Identity Provider Issuer', value: '{entity_id}' },
        { label: 'X.509 Certificate', value: '{cert_body}', help: help.cert },
        { label: 'Allow standard logins for admins', value: 'On', choice: true, help: help.standard },
      ],
      notes: [notes.save, notes.plan],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Dropbox Sign’s ssoLogIn', why: why.acs },
    audience: { why: 'Dropbox Sign expects the audience https://app.hellosign.com, spelled exactly.' },
    'metadata-entity-id': {
      title: 'authentik’s issuer equals the Identity Provider Issuer on the configuration screen',
      why: 'Dropbox Sign rejects responses whose issuer differs from the Identity Provider Issuer.',
    },
    'metadata-certificate': {
      why: 'Dropbox Sign verifies each signature with the X.509 Certificate it was given; another certificate fails every login.',
    },
    'custom-mappings': {
      title: 'The FirstName and LastName attributes are on the provider',
      why: 'Dropbox Sign expects FirstName and LastName in the assertion.',
    },
  },
  manualTest,
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
  expected: {
    sources: {
      followed:
        'guide, as the redirect-binding literal, for the Identity Provider Single Sign-On URL: every supported authentik release serves it; the unified `/application/saml/<slug>/` one only newer releases',
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
  },
});
