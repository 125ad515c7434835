/** Coder prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'CODER_ACCESS_URL: the address people open Coder at. You can paste any Coder page; the wizard keeps only the address.',
  domain:
    'Optional: comma-separated email domains allowed to sign in, e.g. company.com. Leave empty to allow every authentik user the provider admits.',
  scopes: 'Comma-separated. offline_access lets Coder refresh the login without sending users back to authentik.',
};

export const notes = {
  accessUrl: { tone: 'warning', text: 'Coder builds the callback from CODER_ACCESS_URL; it must be {url}.' },
  verified: {
    tone: 'info',
    text: 'authentik’s default email mapping says email_verified: false, which Coder refuses. The wizard attaches its own email mapping that says true; the alternative is CODER_OIDC_IGNORE_EMAIL_VERIFIED=true.',
  },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Coder sends CODER_ACCESS_URL followed by /api/v2/users/oidc/callback; any other string gets “Redirect URI Error”.',
  email: 'Coder refuses a login without an email address (“No email found in OIDC payload!”).',
  verified: 'Coder refuses an address whose email_verified claim is false; this mapping sends the email with email_verified: true.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Coder, open its login page in a private window and click “Log in with authentik”.',
    'Sign in at authentik.',
    'Check Deployment › Users: the account has login type OIDC.',
  ],
  success: 'You land in Coder signed in; the first login creates the user (the very first user of a new deployment becomes owner).',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'CODER_ACCESS_URL differs from the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Verify the "…" email address on your OIDC provider to authenticate!',
      meaning: 'authentik sent email_verified: false: the provider uses authentik’s default email mapping instead of the wizard’s verified one.',
      checkId: 'custom-mappings',
    },
    {
      message: 'No email found in OIDC payload!',
      meaning: 'The login carried no email address: the email mapping is missing or the user has none.',
      checkId: 'email-claim',
    },
    { message: 'Your email "…" is not in domains […]!', meaning: 'CODER_OIDC_EMAIL_DOMAIN does not list the user’s email domain.' },
  ],
};
