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
        { label: 'Allow standard logins for admins', value: 'On', help: help.standard },
      ],
      notes: [notes.save, notes.plan],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Dropbox Sign’s ssoLogIn', why: why.acs },
    audience: { why: 'Dropbox Sign expects the audience https://app.hellosign.com, spelled exactly.' },
    'metadata-entity-id': { title: 'authentik’s issuer equals the Identity Provider Issuer on the configuration screen', why: 'Dropbox Sign rejects responses whose issuer differs from the Identity Provider Issuer.' },
    'metadata-certificate': { why: 'Dropbox Sign verifies each signature with the X.509 Certificate it was given; another certificate fails every login.' },
    'custom-mappings': { title: 'The FirstName and LastName attributes are on the provider', why: 'Dropbox Sign expects FirstName and LastName in the assertion.' },
  },
  manualTest,
});
