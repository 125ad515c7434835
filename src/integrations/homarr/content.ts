/** Homarr prose: help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const help = {
  url: 'The https address people open Homarr at. You can paste any Homarr page; the wizard keeps only the address.',
  providers: 'oidc,credentials keeps the local login as well.',
  issuer: 'authentik’s issuer, with its trailing slash: Homarr compares it with the issuer in the discovery document character by character.',
  name: 'Shown on the login button.',
};

export const notes = {
  groups: {
    tone: 'info',
    text: 'Homarr syncs group memberships from the groups claim that authentik sends in the profile scope: create Homarr groups with the same names as the authentik groups and give them permissions.',
  },
  linking: {
    tone: 'warning',
    text: 'To link existing Homarr accounts by email address, AUTH_OIDC_ENABLE_DANGEROUS_ACCOUNT_LINKING=true is needed, and only with verified addresses. AUTH_OIDC_AUTO_LOGIN=true skips Homarr’s login page.',
  },
  restart: { tone: 'info', text: 'Restart Homarr afterwards.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Homarr sends its address followed by /api/auth/callback/oidc; any other string gets “Redirect URI Error”.',
};

export const manualTest: ManualTest = {
  steps: [
    'Open Homarr in a private window and click “authentik” on the login page.',
    'Sign in at authentik.',
    'As an admin, check Manage › Users and Groups: the user and its groups are there.',
  ],
  success: 'You are back on your Homarr board, signed in as your authentik user.',
  errors: [
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'Homarr is reached under another host or scheme than the address given here.',
      checkId: 'redirect-errors',
    },
    {
      message: 'Server error / “Configuration” error page from Homarr',
      meaning:
        'Homarr could not read the issuer: AUTH_OIDC_ISSUER lacks the trailing slash or names another slug, or authentik’s certificate is not trusted.',
      checkId: 'discovery',
    },
    {
      message: 'OIDC provider did not return a name properties=…',
      meaning: 'The login carried neither preferred_username nor name: the profile scope is missing.',
      checkId: 'id-token-claims',
    },
  ],
};
