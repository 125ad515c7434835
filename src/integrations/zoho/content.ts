/** Zoho prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const DATA_CENTRES = [
  { value: 'zoho.com', label: 'United States (accounts.zoho.com)' },
  { value: 'zoho.eu', label: 'European Union (accounts.zoho.eu)' },
  { value: 'zoho.in', label: 'India (accounts.zoho.in)' },
  { value: 'zoho.com.au', label: 'Australia (accounts.zoho.com.au)' },
  { value: 'zoho.jp', label: 'Japan (accounts.zoho.jp)' },
  { value: 'zohocloud.ca', label: 'Canada (accounts.zohocloud.ca)' },
  { value: 'zoho.com.cn', label: 'China (accounts.zoho.com.cn)' },
] as const;

export const help = {
  dc: 'The data centre of your Zoho organization: the address you sign in to Zoho Accounts at.',
  metadata:
    'Click Upload Metadata and upload the file this URL serves (save it as authentik.xml): Zoho reads the sign-in URL, issuer and certificate from it.',
  roundTrip:
    'Zoho puts its ACS URL and entity ID in its own metadata file: Organization › SAML Authentication › Download Metadata. Open the file and paste the Location of <md:AssertionConsumerService> and the entityID here: they replace the placeholders of the authentik provider.',
};

export const notes = {
  provision: {
    tone: 'warning',
    text: 'Zoho signs in only accounts that already exist in your Zoho organization (unless Just-in-time provisioning is on), matched by email address.',
  },
  idp: { tone: 'info', text: 'Sign in from Zoho’s login page: Zoho does not accept logins started from the authentik dashboard (IdP-initiated).' },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'In a private window open https://www.zoho.com/login.html and click SIGN IN.',
    'Enter the email address of an account that exists in both Zoho and authentik, click Next, then choose Sign in using SAML.',
    'Sign in at authentik.',
  ],
  success: 'Zoho opens its dashboard as the account with your authentik email address.',
  errors: [
    {
      message: 'The browser ends up at a “replace-with-the-acs-url-in-zoho-metadata” address',
      meaning: 'authentik still has the placeholder ACS URL. Copy the ACS URL and entity ID from Zoho’s metadata in the write-back step.',
      checkId: 'acs-url',
    },
    {
      message: 'Zoho shows an error after you start from the authentik dashboard',
      meaning: 'Zoho does not support IdP-initiated logins. Start from Zoho’s login page.',
    },
    {
      message: 'Zoho reports that the SAML response is invalid or its signature cannot be verified',
      meaning: 'The metadata uploaded to Zoho is not this provider’s, or the signing certificate changed: upload the metadata again.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'Zoho says the user does not exist in the organization',
      meaning: 'No Zoho account has the authentik email address; add the user in Zoho first.',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the Zoho application.',
      checkId: 'application-access',
    },
  ],
};
