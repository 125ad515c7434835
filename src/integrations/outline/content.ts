/** Outline prose: help texts, the email mapping, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

/**
 * Outline lets an invited user (known by email) in only when email_verified is true; authentik's
 * default email scope has said False since 2025.10. Every address is asserted verified here.
 */
export const help = {
  url: 'Outline’s URL setting: scheme, host and port exactly (Outline runs at the root, without a sub-path).',
  display: 'Outline shows “Continue with authentik”. Outline’s validator wants it whenever OIDC_CLIENT_ID is set.',
  username: 'The default; authentik sends the username in it.',
};

export const notes = {
  verified: {
    tone: 'warning',
    text: 'The provider’s email scope uses a mapping that reports every authentik address as verified. Keep it only if users cannot set arbitrary addresses in authentik.',
  },
  restart: {
    tone: 'info',
    text: 'Restart Outline after changing .env. Newer Outline releases also accept OIDC_ISSUER_URL={issuer} instead of the three endpoint URIs.',
  },
  domains: {
    tone: 'info',
    text: 'The first user creates the workspace and becomes its admin; users from other email domains may need Settings › Security › Allowed domains.',
  },
} satisfies Record<string, NoteSpec>;

export const manualTest: ManualTest = {
  steps: [
    'Open Outline in a private window and click “Continue with authentik”.',
    'Sign in at authentik.',
    'Invite a colleague by email in Outline and have them sign in the same way.',
  ],
  success: 'The workspace opens, and the invited colleague gets in with the account Outline created for their address.',
  errors: [
    {
      message: 'Your email address has not been verified by OpenID…',
      meaning: 'The login says email_verified false: authentik’s default email mapping is on the provider.',
      checkId: 'email-claim',
    },
    {
      message: 'An email field was not returned in the profile or id_token parameter, but is required.',
      meaning: 'The provider sends no email scope, or the user has no address in authentik.',
      checkId: 'email-claim',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Outline’s URL setting differs from the address the provider lists.',
      checkId: 'redirect-errors',
    },
    {
      message: 'An Outline user appears twice, or cannot sign in any more',
      meaning: 'The username changed: Outline keys accounts on the subject, which is the authentik username here.',
      checkId: 'username-changes',
    },
  ],
};
