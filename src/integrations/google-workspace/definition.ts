/**
 * Google Workspace signs users in through a third-party SAML IdP (legacy SSO profile, Admin
 * console › Security › Authentication › SSO with third party IdP). Google sends users to
 * authentik's sign-in page URL, verifies the response with the uploaded certificate, and matches
 * the NameID against the user's primary email address (case-sensitive). Super admins bypass SSO.
 */
import { defineIntegration } from '../../features/wizard/definition/format';
import { help, manualTest, notes, why } from './content';

export default defineIntegration({
  docs: { authentik: 'https://integrations.goauthentik.io/cloud-providers/google/', vendor: 'https://support.google.com/a/answer/6349809' },
  inputs: { domain: { type: 'host', label: 'Primary domain', help: help.domain, example: 'company.com' } },
  launchUrl: 'https://mail.google.com/a/{domain}',
  provider: {
    protocol: 'saml',
    // Google also accepts https://www.google.com/a/<domain>/acs as Recipient; the guide's form is kept.
    acsUrl: 'https://accounts.google.com/a/{domain}/acs',
    // With "Use a domain-specific issuer" on; with it off Google expects google.com.
    audience: 'google.com/a/{domain}',
    signingKey: 'rsa',
    nameId: 'email',
    // Google reads only the NameID and caps the attributes at 2 kB: none are sent.
    mappings: [],
  },
  accepts: [
    {
      // Google's SSO profile page documents both ACS hosts for the legacy profile.
      acsUrl: 'https://www.google.com/a/{domain}/acs',
      why: 'Google also receives SAML logins for the domain on www.google.com/a/<domain>/acs.',
      source: 'https://support.google.com/a/answer/6349809',
    },
  ],
  screen: [
    {
      title: 'Legacy SSO profile',
      location: 'Admin console › Security › Authentication › SSO with third party IdP › Add SAML profile › Go to legacy SSO profile settings',
      fields: [
        { label: 'Enable SSO with third-party identity provider', value: 'On', choice: true },
        { label: 'Sign-in page URL', value: '{saml_url}' },
        { label: 'Sign-out page URL', value: '{saml_logout_url}', help: help.signOut },
        { label: 'Verification certificate', value: '{cert_pem}', help: help.certificate },
        {
          label: 'Use a domain-specific issuer',
          value: 'On',
          choice: true,
          help: 'Google then expects the audience google.com/a/<domain>, which the provider sends.',
        },
      ],
      notes: [notes.assign, notes.superAdmin],
    },
  ],
  checks: {
    'acs-url': { title: 'The ACS URL is Google’s for your domain', why: why.acs },
    audience: { why: 'Google rejects assertions not addressed to google.com/a/<domain> while “Use a domain-specific issuer” is on.' },
    'sp-binding': { why: 'Google reads the SAMLResponse from a form post; otherwise it says the parameter is missing.' },
    'saml-signing': { why: 'Google only accepts responses signed with the uploaded verification certificate.' },
    'metadata-entity-id': { why: 'Every response names this provider as issuer; the uploaded certificate must belong to it.' },
    'metadata-certificate': { why: why.certificate },
    'certificate-expiry': {
      why: 'Google keeps the uploaded certificate: once it expires or changes, every login fails until you upload the new one.',
    },
    'relay-state': { why: 'Google returns users to the service they asked for from the relay state; a foreign one ends on an error.' },
  },
  manualTest,
  /**
   * Google Workspace: values copied from https://integrations.goauthentik.io/cloud-providers/google/
   * (sections "Create an application and provider" and "Configure SAML SSO") and Google's
   * https://support.google.com/a/answer/6330801 ("SSO assertion requirements": NameID is the user's
   * primary email, Recipient https://accounts.google.com/a/example.com/acs, Audience
   * google.com/a/example.com with a domain-specific issuer) and
   * https://support.google.com/a/answer/6349922 ("SAML verification certificates": the public key
   * must be RSA or DSA), for the primary domain company.com (the guide's example.com).
   * The Sign-in page URL is authentik's SAML endpoint, spelled
   * https://authentik.company/application/saml/<application_slug>/ in the Slack and Microsoft 365
   * guides of the same release. The guide and the vendor agree.
   */
  expected: {
    sources: { vendor: 'https://support.google.com/a/answer/6330801' },
    inputs: { domain: 'company.com' },
    launchUrl: 'https://mail.google.com/a/company.com',
    saml: {
      acsUrl: 'https://accounts.google.com/a/company.com/acs',
      audience: 'google.com/a/company.com',
      binding: 'post',
      nameId: 'email',
      keyType: 'rsa',
    },
    appSide: {
      'Sign-in page URL': 'https://authentik.company/application/saml/google-workspace/',
      'Sign-out page URL': 'https://authentik.company/application/saml/google-workspace/',
    },
  },
});
