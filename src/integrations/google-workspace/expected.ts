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
import { defineExpected } from '../../features/wizard/definition/expected';

export default defineExpected({
  sources: {
    authentik: 'https://integrations.goauthentik.io/cloud-providers/google/',
    vendor: 'https://support.google.com/a/answer/6330801',
  },
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
});
