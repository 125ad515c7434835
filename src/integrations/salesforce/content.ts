/** Salesforce prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  domain: 'Your My Domain name: company for company.my.salesforce.com. You can paste the address of any Salesforce page.',
  org: 'The Salesforce Organization ID (15 or 18 characters, starting with 00D): Setup › Company Information.',
  orgRule: 'An Organization ID starts with 00D and has 15 or 18 letters and digits, e.g. 00D5g000004XyZa.',
  certificate:
    'Upload the certificate file: Salesforce takes a file here. Download it from the provider in authentik (Related objects › Download signing certificate), or save this PEM as authentik.crt.',
  federation: 'Salesforce finds the user whose Federation ID equals the NameID, which authentik fills with the user’s email address.',
};

export const notes = {
  enable: {
    tone: 'info',
    text: 'First click Edit on Single Sign-On Settings, select SAML Enabled and save; then create the configuration with New.',
  },
  federation: {
    tone: 'warning',
    text: 'Set each Salesforce user’s Federation ID (Setup › Users › Edit › Single Sign On Information) to the user’s authentik email address: otherwise Salesforce cannot map the login to a user.',
  },
  jit: {
    tone: 'info',
    text: 'Just-in-Time provisioning is not set up by this wizard: Salesforce then also needs User.Username, User.Email, User.LastName and a User.ProfileId of your org, which the authentik guide adds as property mappings.',
  },
  myDomain: { tone: 'info', text: 'Select authentik under Authentication Configuration so that the My Domain login page offers it as a button.' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window open https://<your domain>.my.salesforce.com and click the authentik button.',
    'Sign in at authentik as a user whose Salesforce Federation ID is their authentik email address.',
    'If it fails, open Setup › Single Sign-On Settings › SAML Assertion Validator, or Setup › Login History, for the reason.',
  ],
  success: 'Salesforce opens as the user whose Federation ID is your authentik email.',
  errors: [
    {
      message: 'Failed: Unable to map the subject to a Salesforce.com user',
      meaning: 'No Salesforce user has the authentik email as Federation ID, or the NameID is not the email.',
    },
    {
      message: 'Failed: Audience Invalid',
      meaning: 'The provider’s Audience is not the Entity ID of the Salesforce SSO configuration (https://<domain>.my.salesforce.com).',
      checkId: 'audience',
    },
    { message: 'Failed: Recipient Mismatched', meaning: 'The ACS URL is not your org’s login URL with ?so=<Organization ID>.', checkId: 'acs-url' },
    {
      message: 'Failed: Issuer Mismatched',
      meaning: 'The Issuer in Salesforce is not authentik’s issuer. Copy it again from the configuration screen.',
      checkId: 'metadata-entity-id',
    },
    {
      message: 'Failed: Signature Invalid',
      meaning: 'The Identity Provider Certificate in Salesforce is not the one authentik signs with.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Salesforce application.',
      checkId: 'application-access',
    },
  ],
};
