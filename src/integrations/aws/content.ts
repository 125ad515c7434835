/** AWS IAM Identity Center prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  acs: 'Under Service provider metadata on the Change identity source page (External identity provider), AWS shows the IAM Identity Center Assertion Consumer Service (ACS) URL. Copy it as is.',
  issuer: 'Shown just below the ACS URL on the same page. It becomes the Audience of the authentik provider.',
  manual: 'Choose “If you don’t have a metadata file, you can manually type your metadata values” and enter these three.',
};

export const notes = {
  accept: {
    tone: 'info',
    text: 'Click Next, review the changes, type ACCEPT and click Change identity source. Keep the ACS URL and issuer URL: they belong to this identity source only.',
  },
  users: {
    tone: 'warning',
    text: 'AWS creates no users on sign-in: each user must exist in IAM Identity Center with the authentik email address as username (create them, or enable automatic provisioning with SCIM), and be assigned to accounts or applications.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  acs: 'authentik posts the signed login to the ACS URL of this identity source; another address never reaches IAM Identity Center.',
};

export const manualTest: ManualTest = {
  steps: [
    'In a private window, open your AWS access portal URL (Settings › Identity source › AWS access portal URL).',
    'Sign in at authentik as a user whose email is an Identity Center username.',
    'Also try the AWS tile in the authentik user interface.',
  ],
  success: 'The AWS access portal opens and lists the accounts and applications assigned to that user.',
  errors: [
    {
      message: 'We couldn’t complete your request right now. Please try again later.',
      meaning: 'No Identity Center user has the email authentik sent as username. CloudTrail shows the failed ExternalIdPDirectoryLogin.',
    },
    {
      message: 'Response contains invalid name id policy format (in CloudTrail)',
      meaning: 'The NameID is not in email format: the provider needs the Email NameID mapping.',
    },
    {
      message: 'An invalid SAML response or signature error',
      meaning: 'The IdP certificate or issuer URL in AWS is not the provider’s (changed since). Enter them again.',
      checkId: 'metadata-certificate',
    },
    {
      message: 'authentik shows “Permission denied”',
      meaning: 'authentik’s policies do not allow this user to open the AWS application.',
      checkId: 'application-access',
    },
  ],
};
